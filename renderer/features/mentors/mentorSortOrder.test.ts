import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import type { Language } from '../../../shared/domain/base';
import { compareText } from '../../../shared/i18n/collation';
import { DEFAULT_SETTINGS, saveSettings } from '../settings/settingsRepo';
import { createContact, searchContacts } from '../contacts/contactsRepo';
import { createMentor, getMentorsByIds, rekeyMentorsForLanguage, sortedMentorIds } from './mentorsRepo';

beforeEach(resetDatabase);

/** Family names whose order differs between English, Finnish and Hungarian. */
const FAMILIES = ['Öhman', 'Ohman', 'Zetterberg', 'Csonka', 'Cukor', 'Czakó', 'Ábel', 'Aalto'];

const useLanguage = (lng: Language) =>
  saveSettings({ ...DEFAULT_SETTINGS, organisationName: 'Test', defaultLanguage: lng });

const listedFamilies = async () => (await getMentorsByIds(await sortedMentorIds())).map((m) => m.familyName);

const expected = (lng: Language) => [...FAMILIES].sort(compareText(lng));

describe('the mentors list order', () => {
  it('follows the organisation language through the sortKey index, and follows a language switch', async () => {
    await useLanguage('fi');
    for (const familyName of FAMILIES) await createMentor({ givenName: 'Anna', familyName, email: '', phone: '' });

    const finnish = await listedFamilies();
    expect(finnish).toEqual(expected('fi'));
    expect(finnish.slice(-1)).toEqual(['Öhman']);

    await useLanguage('hu');
    expect(await rekeyMentorsForLanguage('hu')).toBeGreaterThan(0);
    const hungarian = await listedFamilies();
    expect(hungarian).toEqual(expected('hu'));
    // Hungarian: Cs is a letter after C, and Ö after O (not after Z as in Finnish).
    expect(hungarian.indexOf('Csonka')).toBeGreaterThan(hungarian.indexOf('Czakó'));
    expect(hungarian.indexOf('Öhman')).toBeLessThan(hungarian.indexOf('Zetterberg'));
    expect(hungarian).not.toEqual(finnish);
  });

  it('rekeying is one write of only the keys that change, and leaves updatedAt alone', async () => {
    await useLanguage('en');
    const id = await createMentor({ givenName: 'Anna', familyName: 'Öhman', email: '', phone: '' });
    await createMentor({ givenName: 'Béla', familyName: 'Nagy', email: '', phone: '' });
    const before = await db.mentors.get(id);
    expect(await rekeyMentorsForLanguage('en')).toBe(0);
    // Nagy sorts the same in both languages: only Öhman's key changes.
    expect(await rekeyMentorsForLanguage('fi')).toBe(1);
    const after = await db.mentors.get(id);
    expect(after?.sortKey).not.toBe(before?.sortKey);
    expect(after?.updatedAt).toBe(before?.updatedAt);
  });
});

describe('the contacts list order', () => {
  it('is the organisation language’s alphabetical order, with and without a search', async () => {
    await useLanguage('hu');
    for (const familyName of ['Csonka', 'Czakó', 'Cukor', 'Ötvös', 'Orosz'])
      await createContact({
        givenName: 'Anna',
        familyName,
        organisation: '',
        role: '',
        phone: '',
        email: '',
        notes: '',
      });
    expect((await searchContacts('')).map((c) => c.familyName)).toEqual(['Cukor', 'Czakó', 'Csonka', 'Orosz', 'Ötvös']);
    expect((await searchContacts('anna')).map((c) => c.familyName)).toEqual([
      'Cukor',
      'Czakó',
      'Csonka',
      'Orosz',
      'Ötvös',
    ]);
  });
});
