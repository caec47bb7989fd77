import { describe, expect, it } from 'vitest';
import { paperFormRoute, parsePaperFormOptions } from './paperForm';

const ID = '00000001-0000-4000-8000-000000000001';
const parse = (route: string) => parsePaperFormOptions(new URLSearchParams(route.split('?')[1] ?? ''));

describe('the paper form route', () => {
  it('carries who answers, the date and the language, and reads back the same', () => {
    const route = paperFormRoute(ID, { respondent: 'mentor', date: '2026-11-22', lang: 'fi' });
    expect(route).toBe(`/print/checkin-form/${ID}?respondent=mentor&date=2026-11-22&lang=fi`);
    expect(parse(route)).toEqual({ respondent: 'mentor', date: '2026-11-22', lang: 'fi' });
  });

  it('leaves out what is not chosen: the app language and today', () => {
    expect(paperFormRoute(ID)).toBe(`/print/checkin-form/${ID}`);
    expect(parse(paperFormRoute(ID))).toEqual({ respondent: 'mentee', date: null, lang: null });
    expect(parse(paperFormRoute(ID, { respondent: 'mentee', lang: 'sr-Cyrl' }))).toEqual({
      respondent: 'mentee',
      date: null,
      lang: 'sr-Cyrl',
    });
  });

  it('falls back to the defaults on malformed values instead of failing', () => {
    expect(parse('x?respondent=carer&date=22.11.2026&lang=de')).toEqual({
      respondent: 'mentee',
      date: null,
      lang: null,
    });
    expect(parse('x?date=2026-02-30')).toMatchObject({ date: null });
  });
});
