import { describe, expect, it } from 'vitest';
import { newSessionDefaults } from '../SessionForm';
import { newSessionHref, planSessionHref, prefillFromQuery } from './prefill';

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

describe('new session planned for a mentor (plan a supervision)', () => {
  const id = '6f1c2a7e-3b4d-4c5e-8f90-1a2b3c4d5e6f';

  it('takes the kind, sub-kind, title and the mentor expected, with the sub-kind’s capacity', () => {
    const v = fromHref(
      planSessionHref({ kind: 'supervision', subKind: 'individual', mentorIds: [id], title: 'Egyéni szupervízió' }),
    );
    expect(v).toMatchObject({
      kind: 'supervision',
      subKind: 'individual',
      capacity: null,
      title: 'Egyéni szupervízió',
      expected: [{ kind: 'mentor', id }],
      date: '2026-12-06',
    });
  });

  it('ignores a sub-kind of another kind, an id that is not one, and a mentor named twice', () => {
    expect(prefillFromQuery(defaults, new URLSearchParams('kind=training&subKind=individual&mentor=42'))).toEqual(
      defaults,
    );
    expect(prefillFromQuery(defaults, new URLSearchParams('kind=party&subKind=individual'))).toEqual(defaults);
    expect(fromHref(planSessionHref({ kind: 'supervision', subKind: 'team', mentorIds: [id, id] })).expected).toEqual([
      { kind: 'mentor', id },
    ]);
  });
});
