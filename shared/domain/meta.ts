import { z } from 'zod';
import { IsoDateTimeSchema } from './base';

/**
 * Key-value facts about this installation (not domain data, never merged):
 * the schema version the database was written with, this PC's id, the last backup.
 */
export const MetaEntrySchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('schemaVersion'), value: z.number().int().positive() }),
  z.object({ key: z.literal('deviceId'), value: z.uuid() }),
  z.object({ key: z.literal('lastBackupAt'), value: IsoDateTimeSchema }),
  z.object({ key: z.literal('lastImportAt'), value: IsoDateTimeSchema }),
]);
export type MetaEntry = z.infer<typeof MetaEntrySchema>;
export type MetaKey = MetaEntry['key'];
