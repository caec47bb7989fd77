import type { AuditEntry } from '../../../shared/domain/privacy';
import { getContactsByIds } from '../contacts';
import { getMenteesByIds } from '../mentees';
import { getMentorsByIds } from '../mentors';
import { getPairingsByIds } from '../pairings';
import { getSessionsByIds } from '../sessions';

/*
 * Apart from auditRepo so that recording an entry (which settings, imports and erasures do)
 * does not load every feature's repository.
 */

/** The subjects of these entries that still exist (not deleted or erased), as `kind:id` keys. */
export const existingSubjects = async (entries: readonly AuditEntry[]): Promise<Set<string>> => {
  const ids = (kind: NonNullable<AuditEntry['subjectKind']>) => [
    ...new Set(entries.filter((e) => e.subjectKind === kind && e.subjectId).map((e) => e.subjectId!)),
  ];
  const found = await Promise.all([
    getMentorsByIds(ids('mentor')).then((rs) => rs.map((r) => `mentor:${r.id}`)),
    getMenteesByIds(ids('mentee')).then((rs) => rs.map((r) => `mentee:${r.id}`)),
    getContactsByIds(ids('contact')).then((rs) => rs.map((r) => `contact:${r.id}`)),
    getPairingsByIds(ids('pairing')).then((rs) => rs.map((r) => `pairing:${r.id}`)),
    getSessionsByIds(ids('session')).then((rs) => rs.map((r) => `session:${r.id}`)),
  ]);
  return new Set(found.flat());
};
