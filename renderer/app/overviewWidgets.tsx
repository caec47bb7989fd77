import type { ComponentType } from 'react';
import { SupervisionOverdueCard } from '../features/sessions/SupervisionOverdueCard';
import { NeedsSupportCard } from '../features/care/NeedsSupportCard';
import { PairingsDashboardCard } from '../features/pairings/PairingsDashboardCard';
import { QuarterReportCard } from '../features/reports/QuarterReportCard';
import { CheckInsDashboardCard } from '../features/checkins/CheckInsDashboardCard';
import { RetentionDashboardCard } from '../features/retention/RetentionDueCard';
import { BackupReminderCard } from '../features/backup/BackupStatusPanel';
import { SyncDashboardCard } from '../features/sharedFolder';

/**
 * What the overview shows besides its own empty state: one card per feature rule that can be
 * broken today ("who is overdue for what"). A feature adds its card here. Each card renders its
 * own heading and a short list (or a line saying nothing is overdue). Imported, not lazily: only
 * the overview (itself loaded lazily) reads this registry, so the cards' code comes with the
 * overview's. Loaded lazily, each card showed a loader first and React then held every card back
 * until 300 ms after that loader (its Suspense throttle), on every start-up.
 */
export type OverviewWidget = { key: string; Component: ComponentType };

export const OVERVIEW_WIDGETS: readonly OverviewWidget[] = [
  {
    key: 'supervisionOverdue',
    Component: SupervisionOverdueCard,
  },
  {
    key: 'needsSupport',
    Component: NeedsSupportCard,
  },
  {
    key: 'pairings',
    Component: PairingsDashboardCard,
  },
  {
    key: 'quarterReport',
    Component: QuarterReportCard,
  },
  {
    key: 'checkins',
    Component: CheckInsDashboardCard,
  },
  {
    key: 'retention',
    Component: RetentionDashboardCard,
  },
  {
    key: 'backup',
    Component: BackupReminderCard,
  },
  {
    key: 'sharedFolder',
    Component: SyncDashboardCard,
  },
];
