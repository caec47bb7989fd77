import { z } from 'zod';
import { IsoDateTimeSchema } from './base';
import { AppLockStateSchema } from './appLock';
import { SharedFolderSetupSchema, SyncStateSchema } from './sharedFolder';

/**
 * Key-value facts about this installation (not domain data, never merged):
 * the schema version the database was written with, this PC's id, the last backup.
 */
export const MetaEntrySchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('schemaVersion'), value: z.number().int().positive() }),
  z.object({ key: z.literal('deviceId'), value: z.uuid() }),
  z.object({ key: z.literal('lastBackupAt'), value: IsoDateTimeSchema }),
  z.object({ key: z.literal('lastImportAt'), value: IsoDateTimeSchema }),
  /**
   * The column mapping of each shape of spreadsheet imported on this PC (shared/spreadsheet/mapping.ts
   * `shapeKey` → one field key or null per column), so the next file of the same shape needs none.
   */
  z.object({
    key: z.literal('spreadsheetMappings'),
    value: z.record(z.string(), z.object({ mapping: z.array(z.string().nullable()), at: IsoDateTimeSchema })),
  }),
  /** The app lock of this PC (shared/domain/appLock.ts). */
  z.object({ key: z.literal('appLock'), value: AppLockStateSchema }),
  /** The newest entry of this PC's audit chain: a removed tail is detected (shared/privacy/auditChain.ts). */
  z.object({
    key: z.literal('auditHead'),
    value: z.object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  }),
  /** The shared folder this PC syncs through, and what it knows of the other PCs' files. */
  z.object({ key: z.literal('sharedFolder'), value: SharedFolderSetupSchema }),
  z.object({ key: z.literal('syncState'), value: SyncStateSchema }),
]);
export type MetaEntry = z.infer<typeof MetaEntrySchema>;
export type MetaKey = MetaEntry['key'];
