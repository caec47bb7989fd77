// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { numberError } from '../../shared/domain/base';
import { prepareComponentTests, renderWithProviders } from '../../tests/setup/renderWithProviders';
import { i18n, setLanguage } from '../i18n/i18n';
import { fieldError } from './notify';
import { NumberField } from './NumberField';

beforeAll(() => prepareComponentTests());
afterEach(async () => {
  cleanup();
  await act(() => setLanguage('en'));
});

/** A field as the app's forms hold it: react-hook-form, a Controller, the zod schema's message. */
const Schema = z.object({ hours: z.number({ error: numberError }).min(0, { error: 'validation.min0' }).max(24) });
type Values = z.input<typeof Schema>;
const submitted: unknown[] = [];
const HoursForm = ({ initial }: { initial: number | null }) => {
  const { control, handleSubmit, formState } = useForm<Values, unknown, z.output<typeof Schema>>({
    resolver: zodResolver(Schema),
    defaultValues: { hours: initial ?? undefined },
  });
  return (
    <form noValidate onSubmit={(e) => void handleSubmit((v) => void submitted.push(v.hours))(e)}>
      <Controller
        control={control}
        name="hours"
        render={({ field }) => (
          <NumberField
            label="Hours"
            withAsterisk
            decimalScale={2}
            min={0}
            max={24}
            step={0.5}
            name={field.name}
            ref={field.ref}
            onBlur={field.onBlur}
            value={field.value}
            onChange={field.onChange}
            error={fieldError(formState.errors.hours)}
          />
        )}
      />
      <button type="submit">Save</button>
    </form>
  );
};

/** A plain useState parent that records every value it was given. */
const seen: (number | null)[] = [];
const StateParent = ({ initial }: { initial: number | null }) => {
  const [value, setValue] = useState<number | null>(initial);
  return (
    <>
      <NumberField
        label="Count"
        allowDecimal={false}
        min={0}
        value={value}
        onChange={(v) => {
          seen.push(v);
          setValue(v);
        }}
      />
      <button type="button" onClick={() => setValue(7)}>
        Reset
      </button>
    </>
  );
};

const save = async (user: ReturnType<typeof userEvent.setup>) => {
  submitted.length = 0;
  await user.click(screen.getByRole('button', { name: 'Save' }));
};

describe('NumberField typed key by key', () => {
  it('select-all then "1.5" keeps every key and saves 1.5 (not 5)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<HoursForm initial={2} />);
    const field = screen.getByRole('textbox', { name: 'Hours' });
    await user.tripleClick(field);
    await user.keyboard('1');
    expect(field).toHaveProperty('value', '1');
    await user.keyboard('.');
    expect(field).toHaveProperty('value', '1.');
    await user.keyboard('5');
    expect(field).toHaveProperty('value', '1.5');
    await save(user);
    expect(submitted).toEqual([1.5]);
  });

  it('"0.5" keeps the leading zero and the point while typing (no "05", no 0)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<HoursForm initial={null} />);
    const field = screen.getByRole('textbox', { name: 'Hours' });
    await user.click(field);
    await user.keyboard('0');
    expect(field).toHaveProperty('value', '0');
    await user.keyboard('.');
    expect(field).toHaveProperty('value', '0.');
    await user.keyboard('5');
    expect(field).toHaveProperty('value', '0.5');
    await save(user);
    expect(submitted).toEqual([0.5]);
  });

  it('Backspace then a digit replaces the number: 2 becomes 1, not 10', async () => {
    const user = userEvent.setup();
    renderWithProviders(<HoursForm initial={2} />);
    const field = screen.getByRole('textbox', { name: 'Hours' });
    await user.click(field);
    await user.keyboard('{End}{Backspace}');
    expect(field).toHaveProperty('value', '');
    await user.keyboard('1');
    expect(field).toHaveProperty('value', '1');
    await save(user);
    expect(submitted).toEqual([1]);
  });

  it('an emptied required field stays empty and says it is required (never 0)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<HoursForm initial={2} />);
    const field = screen.getByRole('textbox', { name: 'Hours' });
    await user.clear(field);
    await user.tab();
    expect(field).toHaveProperty('value', '');
    await save(user);
    expect(submitted).toEqual([]);
    expect(await screen.findByText(i18n.t('common:validation.required'))).toBeTruthy();
    expect(field).toHaveProperty('value', '');
  });

  it('text that is not a number is refused by the schema, not saved as 0', async () => {
    const user = userEvent.setup();
    renderWithProviders(<HoursForm initial={2} />);
    const field = screen.getByRole('textbox', { name: 'Hours' });
    await user.tripleClick(field);
    await user.keyboard('.');
    await save(user);
    expect(submitted).toEqual([]);
    expect(await screen.findByText(i18n.t('common:validation.number'))).toBeTruthy();
    // Letters are not taken at all.
    await user.type(field, 'x');
    expect(field).toHaveProperty('value', '.');
  });

  it('in Hungarian "1,5" is 1.5, a typed point is accepted too, and numbers show with a comma', async () => {
    await act(() => setLanguage('hu'));
    const user = userEvent.setup();
    renderWithProviders(<HoursForm initial={2.5} />);
    const field = screen.getByRole('textbox', { name: 'Hours' });
    expect(field).toHaveProperty('value', '2,5');
    await user.tripleClick(field);
    await user.keyboard('1,5');
    expect(field).toHaveProperty('value', '1,5');
    await save(user);
    expect(submitted).toEqual([1.5]);
    await user.tripleClick(field);
    await user.keyboard('0.75');
    expect(field).toHaveProperty('value', '0.75');
    await user.tab();
    // Once left, the field shows the number as Hungarian writes it.
    expect(field).toHaveProperty('value', '0,75');
    await save(user);
    expect(submitted).toEqual([0.75]);
  });

  it('re-shows its number when the language changes', async () => {
    renderWithProviders(<HoursForm initial={1.25} />);
    const field = screen.getByRole('textbox', { name: 'Hours' });
    expect(field).toHaveProperty('value', '1.25');
    await act(() => setLanguage('fi'));
    expect(field).toHaveProperty('value', '1,25');
  });

  it('arrow keys step within min and max', async () => {
    const user = userEvent.setup();
    renderWithProviders(<HoursForm initial={23.75} />);
    const field = screen.getByRole('textbox', { name: 'Hours' });
    await user.click(field);
    await user.keyboard('{ArrowUp}');
    expect(field).toHaveProperty('value', '24');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(field).toHaveProperty('value', '23');
    await save(user);
    expect(submitted).toEqual([23]);
  });
});

describe('NumberField with a useState parent', () => {
  it('gives null for empty, never 0; a whole-number field takes no separator; a value set from outside replaces the text', async () => {
    seen.length = 0;
    const user = userEvent.setup();
    renderWithProviders(<StateParent initial={3} />);
    const field = screen.getByRole('textbox', { name: 'Count' });
    await user.clear(field);
    expect(seen).toEqual([null]);
    await user.keyboard('1.2');
    expect(field).toHaveProperty('value', '12');
    expect(seen).toEqual([null, 1, 12]);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(field).toHaveProperty('value', '7');
  });
});
