/**
 * The subject-access export's public surface: the button a person's page shows, the printable
 * route (the retention queue's "Export first" opens it), and the read other features may reuse.
 */
export { SubjectAccessButton } from './SubjectAccessButton';
export { subjectAccessRoute } from './subjectAccessRoutes';
export { loadSubjectAccess } from './subjectAccessRepo';
export { useSubjectAccessExport } from './useSubjectAccessExport';
