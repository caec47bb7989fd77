import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { saveSettings } from '../settings/settingsRepo';
import { loadOrganisation } from './printData';

describe('print data', () => {
  beforeEach(resetDatabase);

  it("reads the organisation's name, address and logo from the settings", async () => {
    expect(await loadOrganisation()).toMatchObject({ name: '', logoDataUrl: null });
    await saveSettings({ organisationName: 'Sorstárs Egyesület', address: 'Budapest', defaultLanguage: 'hu' });
    expect(await loadOrganisation()).toEqual({
      name: 'Sorstárs Egyesület',
      address: 'Budapest',
      logoDataUrl: null,
      defaultLanguage: 'hu',
    });
  });
});
