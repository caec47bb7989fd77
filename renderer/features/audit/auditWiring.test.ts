import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import { DEFAULT_SETTINGS, getSettings, saveSettings } from '../settings/settingsRepo';
import { verifyAuditLog } from './auditRepo';

beforeEach(resetDatabase);

/** The repositories that record their own sensitive actions (the pages record the rest). */
describe('audited repositories', () => {
  it('saving settings records one entry when something changed, with no settings in it', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, organisationName: 'Vertaistuki ry' });
    await saveSettings(await getSettings());
    await saveSettings({ ...(await getSettings()), rules: { ...DEFAULT_SETTINGS.rules, retentionYears: 7 } });
    const entries = await db.auditLog.orderBy('at').toArray();
    expect(entries.map((e) => [e.action, e.subjectKind, e.subjectId, e.count])).toEqual([
      ['settingsChange', null, null, null],
      ['settingsChange', null, null, null],
    ]);
    expect(JSON.stringify(entries)).not.toContain('Vertaistuki');
    expect((await verifyAuditLog()).ok).toBe(true);
  });
});
