import { expect, type Page } from '@playwright/test';

/** Page objects for the sessions, attendance, overdue and contacts pages (hash routes). */

export type SeedMentor = { givenName: string; familyName: string; status: 'active' | 'inTraining' };

/**
 * Put mentors straight into the app's IndexedDB (the mentors feature's own UI is tested by its
 * own specs), then reload so the app reads them. Records have the stored shape of `Mentor`.
 */
export const seedMentors = async (page: Page, mentors: SeedMentor[]): Promise<string[]> => {
  await page.goto('/');
  await expect(page.getByRole('navigation')).toBeVisible();
  const ids = await page.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tandem');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const now = new Date().toISOString();
    const made: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('mentors', 'readwrite');
      for (const m of list) {
        const id = crypto.randomUUID();
        made.push(id);
        const empty = { date: null, expiresOn: null };
        tx.objectStore('mentors').put({
          id,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          givenName: m.givenName,
          familyName: m.familyName,
          email: '',
          phone: '',
          gender: 'unspecified',
          birthYear: null,
          languages: [],
          livedExperience: [],
          programmeIds: [],
          capacity: 1,
          availability: '',
          notes: '',
          screening: {
            interview: empty,
            references: empty,
            criminalRecord: empty,
            volunteerAgreement: empty,
            confidentialityAgreement: empty,
          },
          preferredLanguage: null,
          status: m.status,
          statusHistory: [{ status: m.status, date: now.slice(0, 10), reason: '', override: null }],
          exitDate: null,
          exitReason: '',
          searchTokens: [m.givenName.toLowerCase(), m.familyName.toLowerCase()],
          sortKey: `${m.familyName.toLowerCase()} ${m.givenName.toLowerCase()}`,
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return made;
  }, mentors);
  await page.reload();
  return ids;
};

/** Type into a searchable picker and choose the option that starts with `optionText`. */
export const pickPerson = async (page: Page, pickerLabel: string, query: string, optionText: string | RegExp) => {
  const input = page.getByRole('combobox', { name: pickerLabel });
  await input.fill(query);
  await page.getByRole('option', { name: optionText }).first().click();
};
