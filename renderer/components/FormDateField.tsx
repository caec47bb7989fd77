import type { ComponentProps } from 'react';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { DateField } from './DateField';

type Props<T extends FieldValues, TOutput> = Omit<
  ComponentProps<typeof DateField>,
  'value' | 'onChange' | 'onBlur' | 'ref' | 'name'
> & {
  control: Control<T, unknown, TOutput>;
  /** A field of the form that holds a `YYYY-MM-DD` date (or nothing). */
  name: FieldPathByValue<T, string | null | undefined>;
  /**
   * What the form gets when the field is cleared: `null` (the default) for an optional date,
   * `''` for a required one whose schema reports the empty string as missing.
   */
  cleared?: null | '';
};

/**
 * A {@link DateField} bound to a react-hook-form field: value, change, blur and the input's ref,
 * so that a failed submit focuses the date when it is the first invalid field, as it does any
 * registered input. The error text stays the caller's (`error={fieldError(errors.x, 'ns')}`),
 * since only the caller knows its namespace.
 */
export const FormDateField = <T extends FieldValues, TOutput = T>({
  control,
  name,
  cleared = null,
  ...rest
}: Props<T, TOutput>) => {
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ control, name });
  return (
    <DateField
      {...rest}
      ref={ref}
      value={(value as string | null | undefined) || null}
      onChange={(v) => onChange(v ?? cleared)}
      onBlur={onBlur}
    />
  );
};
