import { describe, expect, it } from 'vitest';
import { newSessionDefaults } from '../SessionForm';
import { newSessionHref, prefillFromQuery } from './prefill';

const defaults = newSessionDefaults('2026-12-06');
const fromHref = (href: string) => prefillFromQuery(defaults, new URLSearchParams(href.split('?')[1]));

describe('new session prefilled from the calendar', () => {
  it('takes the day and keeps the default times when only a day was clicked', () => {
    const v = fromHref(newSessionHref('2026-12-14'));
    expect(v).toMatchObject({ date: '2026-12-14', startTime: '17:00', endTime: '18:30' });
  });

  it('takes a time slot and keeps the default length', () => {
    expect(fromHref(newSessionHref('2026-12-15', '09:30'))).toMatchObject({
      date: '2026-12-15',
      startTime: '09:30',
      endTime: '11:00',
    });
    expect(fromHref(newSessionHref('2026-12-15', '23:00'))).toMatchObject({ startTime: '23:00', endTime: '23:59' });
  });

  it('ignores malformed values', () => {
    expect(prefillFromQuery(defaults, new URLSearchParams('date=2026-02-30&start=25:00'))).toEqual(defaults);
    expect(prefillFromQuery(defaults, new URLSearchParams('date=tomorrow&start=9:00'))).toEqual(defaults);
    expect(prefillFromQuery(defaults, new URLSearchParams(''))).toEqual(defaults);
  });
});
