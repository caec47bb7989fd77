import { bridge } from '../../bridge/bridge';
import { getDeviceId } from '../../db/meta';
import { csvBytes, type CsvCell } from '../../lib/csv';
import { formatDateTime } from '../../lib/format';
import type { Language } from '../../../shared/domain/base';
import type { AuditAction, AuditEntry } from '../../../shared/domain/privacy';
import type { BridgeApi, BridgeResponse } from '../../../shared/ipc/contract';
import type { AuditVerification } from '../../../shared/privacy/auditChain';
import { allAudit, recordAudit, verifyAuditLog, type AuditFilter } from '../audit';

/** The fields of an exported entry: its content and hash, so that the chain can be checked outside Tandem. */
const exported = (e: AuditEntry) => ({
  id: e.id,
  pc: e.pc,
  seq: e.seq,
  at: e.at,
  action: e.action,
  subjectKind: e.subjectKind,
  subjectId: e.subjectId,
  count: e.count,
  prevHash: e.prevHash,
  hash: e.hash,
  ...(e.deletedAt ? { deletedAt: e.deletedAt } : {}),
});

/**
 * The JSON export: the entries, the filter that chose them and the result of the chain check of
 * the whole log when it was exported. Each entry's hash is the SHA-256 (hex) of the canonical JSON
 * (keys sorted, no whitespace) of its id, pc, seq, at, action, subjectKind, subjectId, count and
 * prevHash (shared/privacy/auditChain.ts), so the chain can be checked without Tandem.
 */
export const auditJson = (
  entries: readonly AuditEntry[],
  meta: { filter: AuditFilter; verification: AuditVerification; exportedAt: string; exportedBy: string },
): string =>
  JSON.stringify(
    {
      format: 'tandem-audit-log',
      version: 1,
      exportedAt: meta.exportedAt,
      exportedBy: meta.exportedBy,
      filter: meta.filter,
      chain: { ok: meta.verification.ok, problems: meta.verification.problems },
      entries: entries.map(exported),
    },
    null,
    2,
  );

/** Column headings and translated action and subject-kind names of the CSV export. */
export type AuditCsvLabels = {
  headings: readonly [string, string, string, string, string, string, string, string, string, string];
  action: (action: AuditAction) => string;
  subjectKind: (kind: NonNullable<AuditEntry['subjectKind']>) => string;
};

/**
 * The CSV export's rows: local time and translated names for people; entries numbered from 1
 * as on screen (the JSON export keeps the chain's own `seq`, from 0, with the hashes).
 */
export const auditCsvRows = (entries: readonly AuditEntry[], labels: AuditCsvLabels, lng: Language): CsvCell[][] => [
  [...labels.headings],
  ...entries.map((e) => [
    formatDateTime(e.at, lng),
    e.at,
    e.pc,
    e.seq + 1,
    labels.action(e.action),
    e.subjectKind ? labels.subjectKind(e.subjectKind) : '',
    e.subjectId ?? '',
    e.count ?? '',
    e.prevHash,
    e.hash,
  ]),
];

export type AuditExportFormat = 'json' | 'csv';

/**
 * Saves the entries matching `filter` through the bridge's save dialog, and records the export
 * itself in the log once the file is saved.
 */
export const exportAuditLog = async (
  format: AuditExportFormat,
  filter: AuditFilter,
  options: { fileName: string; labels: AuditCsvLabels; lng: Language; api?: BridgeApi; now?: Date },
): Promise<BridgeResponse<'file.save'>> => {
  const now = options.now ?? new Date();
  const entries = await allAudit(filter);
  const bytes =
    format === 'json'
      ? new TextEncoder().encode(
          auditJson(entries, {
            filter,
            verification: await verifyAuditLog(),
            exportedAt: now.toISOString(),
            exportedBy: await getDeviceId(),
          }),
        )
      : csvBytes(auditCsvRows(entries, options.labels, options.lng), options.lng);
  const result = await (options.api ?? bridge).saveFile({
    suggestedName: `${options.fileName}.${format}`,
    bytes,
    filter: format,
  });
  if (result.status === 'saved')
    await recordAudit({ action: 'exportAuditLog', subjectKind: 'file', count: entries.length }, now);
  return result;
};
