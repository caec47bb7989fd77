/**
 * The audit log's public surface: other features record sensitive actions through `recordAudit`,
 * and the Privacy feature reads and verifies the log (its page and cards). Code that runs in the
 * backup worker imports it too: this surface loads no UI.
 */
export {
  allAudit,
  listAudit,
  recordAudit,
  verifyAuditLog,
  type AuditFilter,
  type AuditInput,
  type AuditPage,
} from './auditRepo';
