import { describe, expect, it } from 'vitest';
import { mentorFormCode, parseWellbeingFormOptions, wellbeingFormRoute } from './wellbeingForm';

const ID = '0a1b2c3d-0000-4000-8000-000000000001';
const parse = (route: string) => parseWellbeingFormOptions(new URLSearchParams(route.split('?')[1] ?? ''));

describe('the wellbeing form route', () => {
  it('carries the date and the language, and reads back the same', () => {
    const route = wellbeingFormRoute(ID, { date: '2026-11-22', lang: 'fi' });
    expect(route).toBe(`/print/wellbeing-form/${ID}?date=2026-11-22&lang=fi`);
    expect(parse(route)).toEqual({ date: '2026-11-22', lang: 'fi' });
  });

  it('leaves out what is not chosen: the app language and today', () => {
    expect(wellbeingFormRoute(ID)).toBe(`/print/wellbeing-form/${ID}`);
    expect(parse(wellbeingFormRoute(ID))).toEqual({ date: null, lang: null });
    expect(parse(wellbeingFormRoute(ID, { lang: 'sr-Cyrl' }))).toEqual({ date: null, lang: 'sr-Cyrl' });
  });

  it('falls back to the defaults on malformed values instead of failing', () => {
    expect(parse('x?date=22.11.2026&lang=de')).toEqual({ date: null, lang: null });
    expect(parse('x?date=2026-02-30')).toMatchObject({ date: null });
  });

  it('gives the mentor a code made from the id alone: the same every time, no name in it', () => {
    expect(mentorFormCode(ID)).toBe('M-0A1B2C3D');
    expect(mentorFormCode(ID)).toBe(mentorFormCode(ID));
    expect(mentorFormCode('ffffffff-0000-4000-8000-000000000001')).not.toBe(mentorFormCode(ID));
  });
});
