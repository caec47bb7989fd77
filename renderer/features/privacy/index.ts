/**
 * Privacy's public surface: the audit log's card for the Settings page. Its pages (the Privacy
 * overview, people without consent, the audit log) are loaded lazily by path from the app.
 */
export { AuditSettingsCard } from './AuditLogCard';
