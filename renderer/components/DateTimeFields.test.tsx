// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { prepareComponentTests, renderWithProviders } from '../../tests/setup/renderWithProviders';
import type { Language } from '../../shared/domain/base';
import { setLanguage } from '../i18n/i18n';
import { DateField } from './DateField';
import { TimeField } from './TimeField';

afterEach(cleanup);

/** prepareComponentTests initialises i18n once; later languages are switched to. */
const inLanguage = async (lng: Language) => {
  await prepareComponentTests(lng);
  await setLanguage(lng);
};

const renderDate = (initial: string | null) => {
  const onChange = vi.fn();
  const Harness = () => {
    const [value, setValue] = useState<string | null>(initial);
    return (
      <DateField
        label="When"
        value={value}
        onChange={(v) => {
          onChange(v);
          setValue(v);
        }}
      />
    );
  };
  renderWithProviders(<Harness />);
  return onChange;
};

const renderTime = (initial: string) => {
  const onChange = vi.fn();
  const Harness = () => {
    const [value, setValue] = useState(initial);
    return (
      <TimeField
        label="Start"
        value={value}
        onChange={(v) => {
          onChange(v);
          setValue(v);
        }}
      />
    );
  };
  renderWithProviders(<Harness />);
  return onChange;
};

const typing: [Language, string, string][] = [
  ['en', '05/12/2026', '05/12/2026'],
  ['hu', '2026. 12. 05.', '2026. 12. 05.'],
  ['fi', '5.12.2026', '5.12.2026'],
];

describe('DateField', () => {
  for (const [lng, typed, shown] of typing) {
    it(`${lng}: reads "${typed}" as 5 December 2026 and shows it the ${lng} way`, async () => {
      await inLanguage(lng);
      const onChange = renderDate(null);
      const input = screen.getByRole('textbox', { name: 'When' });
      await userEvent.type(input, typed);
      await waitFor(() => expect(onChange).toHaveBeenLastCalledWith('2026-12-05'));
      fireEvent.blur(input);
      await waitFor(() => expect(input).toHaveProperty('value', shown));
    });
  }

  it('picks from a calendar whose week starts on Monday, with the language’s day names', async () => {
    await inLanguage('fi');
    const onChange = renderDate('2026-12-05');
    await userEvent.click(screen.getByRole('textbox', { name: 'When' }));
    const headers = (await screen.findAllByRole('columnheader')).map((h) => h.textContent);
    expect(headers[0]?.toLowerCase()).toBe('ma');
    expect(headers[6]?.toLowerCase()).toBe('su');
    await userEvent.click(screen.getByRole('button', { name: '17 joulukuu 2026' }));
    expect(onChange).toHaveBeenLastCalledWith('2026-12-17');
  });
});

describe('TimeField', () => {
  it('gives HH:mm on the 24-hour clock from what is typed, and tidies the text on leaving', async () => {
    await inLanguage('fi');
    const onChange = renderTime('17:00');
    const input = screen.getByRole('textbox', { name: 'Start' });
    expect(input).toHaveProperty('value', '17:00');
    await userEvent.clear(input);
    await userEvent.type(input, '18.30');
    expect(onChange).toHaveBeenLastCalledWith('18:30');
    await userEvent.clear(input);
    await userEvent.type(input, '930');
    expect(onChange).toHaveBeenLastCalledWith('09:30');
    fireEvent.blur(input);
    expect(input).toHaveProperty('value', '09:30');
  });

  it('passes text that is not a time on, so the form reports it instead of keeping the old time', async () => {
    await inLanguage('en');
    const onChange = renderTime('17:00');
    const input = screen.getByRole('textbox', { name: 'Start' });
    await userEvent.clear(input);
    await userEvent.type(input, '25:00');
    expect(onChange).toHaveBeenLastCalledWith('25:00');
    fireEvent.blur(input);
    expect(input).toHaveProperty('value', '25:00');
  });
});
