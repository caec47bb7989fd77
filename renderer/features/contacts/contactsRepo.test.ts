import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import {
  createContact,
  deleteContact,
  findAllContacts,
  getContact,
  getContactsByIds,
  restoreContact,
  searchContacts,
  updateContact,
} from './contactsRepo';

beforeEach(resetDatabase);

const input = {
  givenName: 'Éva',
  familyName: 'Szabó',
  organisation: 'Rendőrkapitányság',
  role: 'áldozatvédelmi referens',
};

describe('contacts', () => {
  it('creates, finds by accent-free word prefixes, and updates the search words', async () => {
    const c = await createContact(input);
    await createContact({ givenName: 'Mikko', familyName: 'Virtanen', organisation: 'Helsingin kaupunki' });
    expect((await searchContacts('sza')).map((x) => x.id)).toEqual([c.id]);
    expect((await searchContacts('eva rendor')).map((x) => x.id)).toEqual([c.id]);
    expect(await searchContacts('eva helsin')).toEqual([]);
    await updateContact(c.id, { ...input, familyName: 'Nagy' });
    expect(await searchContacts('sza')).toEqual([]);
    expect((await searchContacts('nagy')).map((x) => x.familyName)).toEqual(['Nagy']);
    expect((await searchContacts('', 10)).map((x) => x.familyName)).toEqual(['Nagy', 'Virtanen']);
  });

  it('rejects bad input and writes nothing', async () => {
    await expect(createContact({ ...input, email: 'not-an-email' })).rejects.toThrow();
    await expect(createContact({ ...input, givenName: '  ' })).rejects.toThrow();
    expect(await searchContacts('')).toEqual([]);
  });

  it('delete leaves a tombstone that every query skips; restore brings it back', async () => {
    const c = await createContact(input);
    await deleteContact(c.id);
    expect(await getContact(c.id)).toBeUndefined();
    expect(await getContactsByIds([c.id])).toEqual([]);
    expect(await searchContacts('szabo')).toEqual([]);
    await expect(updateContact(c.id, input)).rejects.toThrow();
    await restoreContact(c.id);
    expect((await getContact(c.id))?.familyName).toBe('Szabó');
  });

  it('finds every contact of a search for an export, read in chunks, in the list order', async () => {
    for (let i = 0; i < 23; i++)
      await createContact({ givenName: `Géza ${i}`, familyName: i % 3 ? 'Balogh' : 'Ács', organisation: 'Rendőrség' });
    const gone = await createContact(input);
    await deleteContact(gone.id);
    const all = await findAllContacts('', 5);
    expect(all).toHaveLength(23);
    expect(all.map((c) => c.id)).toEqual((await searchContacts('', 1000)).map((c) => c.id));
    expect(all[0]?.familyName).toBe('Ács');
    expect((await findAllContacts('bal rend', 4)).map((c) => c.id)).toEqual(
      (await searchContacts('bal rend', 1000)).map((c) => c.id),
    );
    expect(await findAllContacts('szabo')).toEqual([]);
  });
});
