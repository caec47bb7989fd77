import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { SETTINGS_ID, SettingsInputSchema, SettingsSchema, type SettingsInput } from '../../../shared/domain/settings';
import { nowIso } from '../../lib/format';
import type { z } from 'zod';
import { canonicalStringify } from '../../../shared/backup/canonicalJson';
import { recordAudit } from '../audit';

export type SettingsValues = z.output<typeof SettingsInputSchema>;

/** What a new installation starts with: no name yet, the default rules. */
export const DEFAULT_SETTINGS: SettingsValues = {
  organisationName: '',
  address: '',
  logoDataUrl: null,
  defaultLanguage: 'en',
  rules: SettingsInputSchema.shape.rules.parse(undefined),
};

/** The organisation's settings, or the defaults when none were saved yet (never undefined). */
export const getSettings = async (): Promise<SettingsValues> => {
  const stored = await db.settings.get(SETTINGS_ID);
  if (!stored || stored.deletedAt) return DEFAULT_SETTINGS;
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...values } = stored;
  return values;
};

/** True once the coordinator (or the sample data) saved settings. */
export const hasStoredSettings = async (): Promise<boolean> => (await db.settings.get(SETTINGS_ID)) !== undefined;

export const saveSettings = async (input: SettingsInput): Promise<void> => {
  const parsed = SettingsInputSchema.parse(input);
  assertWritable();
  await db.transaction('rw', [db.settings, db.auditLog, db.meta], async () => {
    const existing = await db.settings.get(SETTINGS_ID);
    const now = nowIso();
    await db.settings.put(
      SettingsSchema.parse({
        ...parsed,
        id: SETTINGS_ID,
        createdAt: existing?.createdAt ?? now,
        updatedAt: existing?.updatedAt ?? now,
        deletedAt: null,
      }),
    );
    // The audit log keeps that the settings changed (never what they say), with the change itself.
    const changed =
      !existing ||
      Object.entries(parsed).some(
        ([k, v]) => canonicalStringify(v) !== canonicalStringify(existing[k as keyof typeof parsed]),
      );
    if (changed) await recordAudit({ action: 'settingsChange' });
  });
};
