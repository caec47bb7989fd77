// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { ComponentProps } from 'react';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { prepareComponentTests, renderWithProviders } from '../../tests/setup/renderWithProviders';
import { setLanguage } from '../i18n/i18n';
import { fieldError } from './notify';
import { FormDateField } from './FormDateField';

beforeAll(() => prepareComponentTests());

afterEach(async () => {
  cleanup();
  await setLanguage('en');
});

const schema = z.object({
  name: z.string(),
  when: z.string().min(1, 'validation.required'),
  until: z.string().nullable(),
  count: z.number(),
});
type Input = z.input<typeof schema>;
type Output = z.output<typeof schema>;

/** A form like the app's: a registered input first, then a required date and an optional one. */
const renderForm = (defaults: Partial<Input> = {}, whenClearable = false) => {
  const onSubmit = vi.fn<(values: Output) => void>();
  const Harness = () => {
    const {
      control,
      register,
      handleSubmit,
      formState: { errors },
    } = useForm<Input, unknown, Output>({
      resolver: zodResolver(schema),
      defaultValues: { name: '', when: '', until: '2026-01-15', count: 1, ...defaults },
    });
    return (
      <form noValidate onSubmit={handleSubmit(onSubmit)}>
        <TextInput label="Name" {...register('name')} />
        <FormDateField
          control={control}
          name="when"
          cleared=""
          label="When"
          withAsterisk
          clearable={whenClearable}
          error={fieldError(errors.when)}
        />
        <FormDateField control={control} name="until" label="Until" clearable error={fieldError(errors.until)} />
        <button type="submit">Save</button>
      </form>
    );
  };
  renderWithProviders(<Harness />);
  return onSubmit;
};

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('FormDateField', () => {
  it('shows its label and the form’s error, and is focused as the first invalid field', async () => {
    const onSubmit = renderForm();
    const when = screen.getByRole('textbox', { name: /When/ });
    expect(screen.getByRole('textbox', { name: 'Until' })).toHaveProperty('value', '15/01/2026');
    await save();
    expect(await screen.findByText('This field is required.')).toBeTruthy();
    expect(when.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(when));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('gives the form YYYY-MM-DD from a date typed the way the active language writes it', async () => {
    await setLanguage('fi');
    const onSubmit = renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: /When/ }), '5.12.2026');
    await save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ when: '2026-12-05', until: '2026-01-15' });
  });

  it('gives null when an optional date is cleared', async () => {
    const onSubmit = renderForm({ when: '2026-12-05' });
    await userEvent.click(screen.getByRole('button', { name: 'Clear the date' }));
    expect(screen.getByRole('textbox', { name: 'Until' })).toHaveProperty('value', '');
    await save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ when: '2026-12-05', until: null });
  });

  it('gives the empty string, which the schema reports as missing, when cleared="" and emptied', async () => {
    const onSubmit = renderForm({ when: '2026-12-05', until: null }, true);
    await userEvent.clear(screen.getByRole('textbox', { name: /When/ }));
    await save();
    expect(await screen.findByText('This field is required.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('accepts only fields that hold a date string', () => {
    type Name = ComponentProps<typeof FormDateField<Input, Output>>['name'];
    expectTypeOf<Name>().toEqualTypeOf<'name' | 'when' | 'until'>();
  });
});
