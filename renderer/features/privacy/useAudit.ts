import { useLiveQuery } from 'dexie-react-hooks';
import { getMeta } from '../../db/meta';
import type { AuditVerification } from '../../../shared/privacy/auditChain';
import { listAudit, verifyAuditLog, type AuditFilter, type AuditPage } from '../audit';
import { existingSubjects } from './auditSubjects';

/**
 * Live queries of the audit page: each re-runs when an entry is added or changed (a merge, an
 * export made meanwhile). `undefined` means "still loading".
 */

/** The first `limit` entries matching `filter`, and which of their subjects still exist. */
export const useAuditEntries = (
  filter: AuditFilter,
  limit: number,
): (AuditPage & { existing: Set<string> }) | undefined =>
  useLiveQuery(async () => {
    const page = await listAudit(filter, { limit });
    return { ...page, existing: await existingSubjects(page.entries) };
  }, [filter.action, filter.subjectId, filter.from, filter.to, limit]);

/** The chain check of the whole log. */
export const useAuditVerification = (): AuditVerification | undefined => useLiveQuery(() => verifyAuditLog(), []);

/** This PC's id (its chain is marked "this PC"); null before it has one. */
export const useThisPc = (): string | null | undefined =>
  useLiveQuery(async () => (await getMeta('deviceId')) ?? null, []);
