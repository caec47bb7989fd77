import { useState, type ChangeEvent, type FocusEvent, type KeyboardEvent } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { formatNumberText, parseNumberText, sameNumber } from './numberText';

export type NumberFieldProps = Omit<
  TextInputProps,
  'value' | 'defaultValue' | 'onChange' | 'type' | 'inputMode' | 'min' | 'max' | 'step'
> & {
  /** null or undefined shows an empty field; NaN is what the field gave for text that is not a number. */
  value: number | null | undefined;
  /**
   * Called as the text changes: the number when the text is one, `null` when the field is empty,
   * `NaN` when the text is not (yet) a number. Never 0 for an empty or half-typed field: the
   * schema then says the field is required, or that it wants a number.
   */
  onChange: (value: number | null) => void;
  /** Whether a decimal separator may be typed at all (false for counts and years). */
  allowDecimal?: boolean;
  /** The most decimals the field shows when it formats a number. */
  decimalScale?: number;
  /** Bounds for the arrow keys and whether "-" may be typed; the schema checks what is saved. */
  min?: number;
  max?: number;
  /** What ArrowUp/ArrowDown add or take away. */
  step?: number;
};

/**
 * The one field for hours, capacities, counts and years. It keeps the text being typed ("1.",
 * "", "0,") instead of turning it into a number and back, which is what made key-by-key typing
 * save 5 for "1.5" and 10 for Backspace then "1". It reads and shows the active language's
 * decimal separator, and takes the other one where that is unambiguous (see parseNumberText).
 * Works with react-hook-form's Controller: pass field.value, field.onChange, field.onBlur, field.ref.
 */
export const NumberField = ({
  value,
  onChange,
  allowDecimal = true,
  decimalScale = 2,
  min,
  max,
  step = 1,
  onBlur,
  onKeyDown,
  ...rest
}: NumberFieldProps) => {
  // Subscribes to language changes, so the text is re-shown with the new separator.
  useTranslation();
  const lng = currentLanguage();
  const [text, setText] = useState(() => formatNumberText(value, lng, decimalScale));
  const [shown, setShown] = useState({ value, lng });

  // A value set from outside (a form reset, a "mark all present") replaces the text; the value
  // this field just committed does not, so "1." and "0," survive until the next key.
  if (!sameNumber(shown.value, value) || shown.lng !== lng) {
    setShown({ value, lng });
    if (shown.lng !== lng || !sameNumber(parseNumberText(text, lng), value))
      setText(formatNumberText(value, lng, decimalScale));
  }

  const allowed = new RegExp(
    `^[\\s\\d${allowDecimal ? '.,' : ''}${min === undefined || min < 0 ? '\\-\u2212' : ''}]*$`,
  );

  const commit = (next: string) => {
    setText(next);
    onChange(parseNumberText(next, lng));
  };

  const handleChange = (e: ChangeEvent<HTMLInputElement>) => {
    const next = e.currentTarget.value;
    // Letters and other signs are not taken at all, as in Mantine's NumberInput.
    if (allowed.test(next)) commit(next);
  };

  const handleBlur = (e: FocusEvent<HTMLInputElement>) => {
    const n = parseNumberText(text, lng);
    // "1." and "1.5" in Hungarian are shown as the language writes them once the field is left.
    if (n !== null && Number.isFinite(n)) setText(formatNumberText(n, lng, decimalScale));
    onBlur?.(e);
  };

  const handleKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(e);
    if (e.defaultPrevented || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const current = parseNumberText(text, lng);
    const base = current !== null && Number.isFinite(current) ? current : (min ?? 0);
    const moved = e.key === 'ArrowUp' ? base + step : base - step;
    // Round away float noise (0.1 + 0.2) to the decimals the field shows.
    const rounded = Number(moved.toFixed(decimalScale));
    const clamped = Math.min(max ?? Infinity, Math.max(min ?? -Infinity, rounded));
    commit(formatNumberText(clamped, lng, decimalScale));
  };

  return (
    <TextInput
      {...rest}
      type="text"
      inputMode={allowDecimal ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={text}
      onChange={handleChange}
      onBlur={handleBlur}
      onKeyDown={handleKeyDown}
    />
  );
};
