import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/base';
import { DateField } from '../../components/DateField';
import { currentLanguage } from '../../i18n/i18n';
import { todayIso } from '../../lib/format';
import { PrintDialog, type PrintChoices, pdfFileName, usePrintActions } from '../print';
import { mentorFormCode, wellbeingFormRoute } from './wellbeingForm';

/**
 * "Print wellbeing form" on a mentor's page: the language (the mentor's own for printed
 * material if they have one, else the app's) and the date on the form, then Print or Save as
 * PDF through the same bridge as the other printables. The file name carries the code, never
 * the name.
 */
export const WellbeingFormButton = ({
  mentorId,
  preferredLanguage,
}: {
  mentorId: string;
  preferredLanguage: Language | null;
}) => {
  const { t } = useTranslation('care');
  const { busy, print, savePdf } = usePrintActions();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(todayIso());
  const route = (c: PrintChoices) => wellbeingFormRoute(mentorId, { date, lang: c.lang });

  return (
    <>
      <Button
        variant="default"
        loading={busy}
        onClick={() => {
          setDate(todayIso());
          setOpen(true);
        }}
      >
        {t('actions.print')}
      </Button>
      {open && (
        <PrintDialog
          title={t('paper.dialogTitle')}
          onClose={() => setOpen(false)}
          initial={{ landscape: false, rows: null, showNames: false, lang: preferredLanguage ?? currentLanguage() }}
          fields={{}}
          onPrint={(c) => void print(route(c), false)}
          onSavePdf={(c) =>
            void savePdf(
              route(c),
              false,
              pdfFileName(t('paper.title', { lng: c.lang }), mentorFormCode(mentorId), date),
            )
          }
        >
          <DateField
            label={t('paper.dateOnForm')}
            value={date}
            onChange={(v) => setDate(v ?? todayIso())}
            withAsterisk
          />
        </PrintDialog>
      )}
    </>
  );
};
