import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseTimeOfDay } from './localDate';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  value: string;
  onChange: (value: string) => void;
};

/**
 * A time-of-day field on the 24-hour clock, whatever the browser's locale: the native
 * time input shows a 12-hour clock in an English browser. It gives `HH:mm` as soon as
 * the text is a time; until then it passes the raw text on, so the schema reports it as invalid
 * instead of silently keeping the old time. On leaving the field the text is tidied to `HH:mm`.
 */
export const TimeField = ({ value, onChange, onBlur, ...rest }: Props) => {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // Follow a value set from outside (a form reset, a default) without fighting the typing.
  if (value !== shown) {
    setShown(value);
    if (parseTimeOfDay(text) !== value) setText(value);
  }
  return (
    <TextInput
      {...rest}
      inputMode="numeric"
      autoComplete="off"
      placeholder={rest.placeholder ?? t('timeField.placeholder')}
      value={text}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const parsed = parseTimeOfDay(next);
        const out = parsed ?? next;
        setShown(out);
        onChange(out);
      }}
      onBlur={(e) => {
        const parsed = parseTimeOfDay(text);
        if (parsed) setText(parsed);
        onBlur?.(e);
      }}
    />
  );
};
