import type { MetaEntry, MetaKey } from '../../shared/domain/meta';
import { db } from './db';

type MetaValues = { [E in MetaEntry as E['key']]: E['value'] };

/** Typed read of one `meta` entry. */
export const getMeta = async <K extends MetaKey>(key: K): Promise<MetaValues[K] | undefined> => {
  const entry: MetaEntry | undefined = await db.meta.get(key);
  if (entry?.key !== key) return undefined;
  return entry.value as MetaValues[K];
};

export const putMeta = async <K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void> => {
  await db.meta.put({ key, value } as MetaEntry);
};

let unsavedDeviceId: string | undefined;

/**
 * This PC's id, written into every backup's manifest and into every stamp of its clock; made
 * on first use. A read-only database (written by a newer Tandem) is never written to: without
 * a stored id, this session uses one it does not keep.
 */
export const getDeviceId = async (): Promise<string> => {
  const existing = await getMeta('deviceId');
  if (existing) return existing;
  if (db.readOnly) return (unsavedDeviceId ??= crypto.randomUUID());
  const id = crypto.randomUUID();
  await putMeta('deviceId', id);
  return id;
};
