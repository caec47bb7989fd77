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

/** This PC's id, written into every backup's manifest; made on first use. */
export const getDeviceId = async (): Promise<string> => {
  const existing = await getMeta('deviceId');
  if (existing) return existing;
  const id = crypto.randomUUID();
  await putMeta('deviceId', id);
  return id;
};
