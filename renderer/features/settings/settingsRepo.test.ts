import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { resetDatabase } from '../../db/testing';
import { DEFAULT_SETTINGS, getSettings, hasStoredSettings, saveSettings } from './settingsRepo';

beforeEach(resetDatabase);

describe('settingsRepo', () => {
  it('returns the defaults when nothing is stored', async () => {
    expect(await hasStoredSettings()).toBe(false);
    const s = await getSettings();
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(s.rules).toEqual({
      supervisionEveryWeeks: 4,
      firstMonthMinContacts: 2,
      contactEveryDays: 30,
      mandatoryModulesBeforeActive: true,
      backupEveryDays: 7,
      undoKeepDays: 30,
      retentionYears: 5,
      checkInFirstAfterMonths: 1,
      checkInEveryMonths: 2,
      careCrisisCount: 2,
      careCrisisDays: 30,
      careWellbeingDrop: 1,
      careOverCapacity: true,
      careSupervisionOverdue: true,
      wellbeingEveryMonths: 3,
      wellbeingAfterCrisisDays: 14,
    });
  });

  it('saves and reads back, keeping createdAt on later saves', async () => {
    await saveSettings({
      organisationName: 'Híd Egyesület',
      defaultLanguage: 'hu',
      rules: { ...DEFAULT_SETTINGS.rules, contactEveryDays: 14 },
    });
    await saveSettings({ ...(await getSettings()), address: 'Szeged, Kossuth u. 1.' });
    const s = await getSettings();
    expect(s).toMatchObject({
      organisationName: 'Híd Egyesület',
      address: 'Szeged, Kossuth u. 1.',
      defaultLanguage: 'hu',
    });
    expect(s.rules.contactEveryDays).toBe(14);
    expect(await hasStoredSettings()).toBe(true);
  });

  it('refuses invalid settings and keeps what was stored', async () => {
    await saveSettings({ organisationName: 'Híd Egyesület' });
    await expect(saveSettings({ organisationName: '' })).rejects.toBeInstanceOf(ZodError);
    await expect(
      saveSettings({ organisationName: 'X', logoDataUrl: 'https://example.org/logo.png' }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      saveSettings({ organisationName: 'X', rules: { ...DEFAULT_SETTINGS.rules, supervisionEveryWeeks: 0 } }),
    ).rejects.toBeInstanceOf(ZodError);
    expect((await getSettings()).organisationName).toBe('Híd Egyesület');
  });
});
