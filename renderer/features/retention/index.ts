/**
 * The retention review's public surface: the due count (the overview and the Privacy page show
 * it through the cards here) and the repository's reads.
 */
export { RetentionDashboardCard, RetentionPrivacyCard } from './RetentionDueCard';
export { countRetentionDue, retentionQueue } from './retentionRepo';
export { useRetentionDueCount } from './useRetention';
