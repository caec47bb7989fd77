import { Controller, type Control } from 'react-hook-form';
import { RulesSchema, type Rules, type SettingsInput } from '../../../shared/domain/settings';
import { NumberField } from '../../components/NumberField';
import type { SettingsValues } from './settingsRepo';

/** The rules that are a whole number (the others are switches). */
export type NumberRule = {
  [K in keyof Rules]: Rules[K] extends number ? K : never;
}[keyof Rules];

/** What a rule shows while the stored settings predate it (the schema fills the same default on save). */
const DEFAULTS = RulesSchema.parse({});

/**
 * One whole-number rule of the Settings form (`rules.<rule>`), with its label, its help and its
 * bounds for the arrow keys (RulesSchema checks what is saved). Used by the Settings page's rules
 * and by the sections other features add to the form (the care rules).
 */
export const RuleNumberField = ({
  control,
  rule,
  min,
  max,
  label,
  help,
  error,
}: {
  control: Control<SettingsInput, unknown, SettingsValues>;
  rule: NumberRule;
  min: number;
  max: number;
  label: string;
  help: string;
  /** The translated error of the field, if any. */
  error: string | undefined;
}) => (
  <Controller
    control={control}
    name={`rules.${rule}`}
    render={({ field }) => (
      <NumberField
        label={label}
        description={help}
        descriptionProps={{ c: 'gray.7' }}
        name={field.name}
        ref={field.ref}
        onBlur={field.onBlur}
        // Undefined while the stored settings predate the rule; null while the field is emptied.
        value={field.value === undefined ? DEFAULTS[rule] : field.value}
        onChange={field.onChange}
        min={min}
        max={max}
        allowDecimal={false}
        error={error}
      />
    )}
  />
);
