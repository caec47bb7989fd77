import { DateInput, type DateInputProps } from '@mantine/dates';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { DATE_INPUT_FORMAT, DAYJS_LOCALE, parseLocalDate } from './localDate';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  value: string | null;
  onChange: (value: string | null) => void;
  /** The text input, e.g. for react-hook-form to focus when the date is invalid. */
  ref?: Ref<HTMLInputElement>;
};

/**
 * A date field that shows and reads dates the way the active language writes them, and gives
 * `YYYY-MM-DD` strings (what the schemas store). Typing works as well as the calendar, whose
 * month and day names follow the language and whose week starts on Monday (as it does for every
 * language we ship), set here rather than only by the app's DatesProvider so the field is right
 * wherever it is rendered.
 */
export const DateField = ({ value, onChange, ...rest }: Props) => {
  const { t } = useTranslation();
  const lng = currentLanguage();
  return (
    <DateInput
      {...rest}
      value={value}
      onChange={(v) => onChange(v ? v.slice(0, 10) : null)}
      locale={DAYJS_LOCALE[lng]}
      firstDayOfWeek={1}
      valueFormat={DATE_INPUT_FORMAT[lng]}
      dateParser={(text) => parseLocalDate(text, lng)}
      placeholder={rest.placeholder ?? t('dateField.placeholder')}
      popoverProps={{ withinPortal: true }}
      clearButtonProps={{ 'aria-label': t('dateField.clear') }}
      previousLabel={t('dateField.previousMonth')}
      nextLabel={t('dateField.nextMonth')}
      // Days of the neighbouring months are drawn faded, below the contrast a reader needs.
      hideOutsideDates
      // Mantine draws weekends in red, below the contrast a reader needs on white.
      weekendDays={[]}
    />
  );
};
