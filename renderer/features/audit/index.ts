/**
 * The audit log's public surface: other features record sensitive actions through `recordAudit`
 * (code that runs in the backup worker imports it from `./auditRepo`, which loads no UI), and the
 * Privacy and Settings pages show its cards.
 */
export { recordAudit, verifyAuditLog, type AuditInput } from './auditRepo';
export { AuditPrivacyCard, AuditSettingsCard } from './AuditLogCard';
