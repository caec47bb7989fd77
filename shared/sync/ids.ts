import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { normaliseForSearch } from '../domain/base';

/**
 * Ids derived from what a record is about, for facts that must be one record whatever PC
 * recorded them: two PCs that record the same person at the same session make the same row,
 * and the merge folds them into one (MERGING.md, "One fact, one record").
 *
 * The id is a UUID of version 8 (RFC 9562's "custom" layout) made of the SHA-256 of the key.
 */
export const uuidFromKey = (key: string): string => {
  const hex = bytesToHex(sha256(utf8ToBytes(key)))
    .slice(0, 32)
    .split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

export type AttendeeKey = { personKind: string; personId: string | null; walkInName?: string };

/** One attendance row per session and person; a walk-in is known by their name as typed. */
export const attendanceId = (sessionId: string, who: AttendeeKey): string =>
  uuidFromKey(
    `attendance|${sessionId}|${who.personKind}|${who.personKind === 'walkIn' ? normaliseForSearch(who.walkInName ?? '') : (who.personId ?? '')}`,
  );
