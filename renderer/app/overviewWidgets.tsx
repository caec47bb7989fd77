import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * What the overview shows besides its own empty state: one card per feature rule that can be
 * broken today ("who is overdue for what"). A feature adds its card here. Each card renders its
 * own heading and a short list (or a line saying nothing is overdue). Loaded lazily by path, so
 * that their code is fetched only when the overview shows them.
 */
export type OverviewWidget = { key: string; Component: LazyExoticComponent<ComponentType> };

export const OVERVIEW_WIDGETS: readonly OverviewWidget[] = [
  {
    key: 'supervisionOverdue',
    Component: lazy(() =>
      import('../features/sessions/SupervisionOverdueCard').then((m) => ({ default: m.SupervisionOverdueCard })),
    ),
  },
  {
    key: 'needsSupport',
    Component: lazy(() => import('../features/care/NeedsSupportCard').then((m) => ({ default: m.NeedsSupportCard }))),
  },
  {
    key: 'pairings',
    Component: lazy(() =>
      import('../features/pairings/PairingsDashboardCard').then((m) => ({ default: m.PairingsDashboardCard })),
    ),
  },
  {
    key: 'quarterReport',
    Component: lazy(() =>
      import('../features/reports/QuarterReportCard').then((m) => ({ default: m.QuarterReportCard })),
    ),
  },
  {
    key: 'checkins',
    Component: lazy(() =>
      import('../features/checkins/CheckInsDashboardCard').then((m) => ({ default: m.CheckInsDashboardCard })),
    ),
  },
  {
    key: 'retention',
    Component: lazy(() =>
      import('../features/retention/RetentionDueCard').then((m) => ({ default: m.RetentionDashboardCard })),
    ),
  },
  {
    key: 'backup',
    Component: lazy(() =>
      import('../features/backup/BackupStatusPanel').then((m) => ({ default: m.BackupReminderCard })),
    ),
  },
  {
    key: 'sharedFolder',
    Component: lazy(() => import('../features/sharedFolder').then((m) => ({ default: m.SyncDashboardCard }))),
  },
];
