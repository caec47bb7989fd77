// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { resetDatabase } from '../../db/testing';
import type { MentorFilter } from './mentorsRepo';
import {
  changeMentorStatus,
  createMentor,
  deleteMentor,
  restoreMentor,
  searchMentors,
  updateMentor,
} from './mentorsRepo';
import { FIRST_PAGE, useMentors } from './useMentors';

beforeEach(resetDatabase);
afterEach(cleanup);

const names = (rows: { familyName: string }[]) => rows.map((m) => m.familyName);

describe('searchMentors', () => {
  it('returns every matching id in name order and the records of the first ones', async () => {
    const kovacs = await createMentor({ givenName: 'Anna', familyName: 'Kovács' });
    const nagy = await createMentor({ givenName: 'Anna', familyName: 'Nagy' });
    const aho = await createMentor({ givenName: 'Juha', familyName: 'Ahonen' });
    await deleteMentor(aho);
    const found = await searchMentors({ query: 'ann' }, undefined, 1);
    expect(found.ids).toEqual([kovacs, nagy]);
    expect(names(found.firstPage)).toEqual(['Kovács']);
    expect((await searchMentors({}, undefined, 5)).ids).toEqual([kovacs, nagy]);
  });
});

describe('useMentors', () => {
  it('answers each search and stays live: edits, status changes, deletes and undo show at once', async () => {
    const kovacs = await createMentor({ givenName: 'Anna', familyName: 'Kovács' });
    const nagy = await createMentor({ givenName: 'Anna', familyName: 'Nagy' });
    await createMentor({ givenName: 'Juha', familyName: 'Ahonen' });

    const { result, rerender } = renderHook((filter: MentorFilter) => useMentors(filter), {
      initialProps: { query: '' } as MentorFilter,
    });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(names(result.current.firstPage)).toEqual(['Ahonen', 'Kovács', 'Nagy']);
    expect(result.current.resultsFor).toBe('');

    rerender({ query: 'ann' });
    await waitFor(() => expect(result.current.resultsFor).toBe('ann'));
    expect(result.current.ids).toEqual([kovacs, nagy]);

    // A field that is not in any index the search reads still shows.
    await changeMentorStatus(nagy, { status: 'screening', date: '2026-11-02', reason: '', override: null });
    await waitFor(() => expect(result.current.firstPage.find((m) => m.id === nagy)?.status).toBe('screening'));

    await updateMentor(kovacs, { givenName: 'Anna', familyName: 'Szabó' });
    await waitFor(() => expect(names(result.current.firstPage)).toEqual(['Nagy', 'Szabó']));

    await deleteMentor(nagy);
    await waitFor(() => expect(result.current.ids).toEqual([kovacs]));
    await restoreMentor(nagy);
    await waitFor(() => expect(result.current.ids).toEqual([nagy, kovacs]));

    rerender({ query: 'ann', status: 'screening' });
    await waitFor(() => expect(result.current.ids).toEqual([nagy]));
  });

  it('reads the records of the first page only', async () => {
    for (let i = 0; i < FIRST_PAGE + 5; i++)
      await createMentor({ givenName: 'Anna', familyName: `Név${String(i).padStart(2, '0')}` });
    const { result } = renderHook(() => useMentors({ query: 'anna' }));
    await waitFor(() => expect(result.current.ids).toHaveLength(FIRST_PAGE + 5));
    expect(result.current.firstPage).toHaveLength(FIRST_PAGE);
  });

  it('uses a search started from the keystroke only when it is for the filter shown', async () => {
    const kovacs = await createMentor({ givenName: 'Anna', familyName: 'Kovács' });
    const aho = await createMentor({ givenName: 'Juha', familyName: 'Ahonen' });
    const { result, rerender } = renderHook((filter: MentorFilter) => useMentors(filter), {
      initialProps: { query: '' } as MentorFilter,
    });
    await waitFor(() => expect(result.current.loading).toBe(false));

    // Started in the event handler, then the page renders the same text: that read is the answer.
    act(() => result.current.startSearch({ query: 'juh' }));
    rerender({ query: 'juh' });
    await waitFor(() => expect(result.current.resultsFor).toBe('juh'));
    expect(result.current.ids).toEqual([aho]);

    // Started for one text while the page shows another (a status filter changed in between): ignored.
    act(() => result.current.startSearch({ query: 'ann' }));
    rerender({ query: 'ann', status: 'exited' });
    await waitFor(() => expect(result.current.resultsFor).toBe('ann'));
    expect(result.current.ids).toEqual([]);
    rerender({ query: 'ann' });
    await waitFor(() => expect(result.current.ids).toEqual([kovacs]));
  });
});
