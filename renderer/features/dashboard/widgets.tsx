import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * What the overview shows besides its own empty state: one card per feature rule that can be
 * broken today ("who is overdue for what"). A feature adds its card here when it lands.
 * Each card renders its own heading and a short list (or a line saying nothing is overdue).
 */
export type DashboardWidget = { key: string; Component: LazyExoticComponent<ComponentType> };

export const DASHBOARD_WIDGETS: DashboardWidget[] = [
  {
    key: 'supervisionOverdue',
    Component: lazy(() =>
      import('../sessions/SupervisionOverdueCard').then((m) => ({ default: m.SupervisionOverdueCard })),
    ),
  },
  {
    key: 'needsSupport',
    Component: lazy(() => import('../care/NeedsSupportCard').then((m) => ({ default: m.NeedsSupportCard }))),
  },
  {
    key: 'pairings',
    Component: lazy(() =>
      import('../pairings/PairingsDashboardCard').then((m) => ({ default: m.PairingsDashboardCard })),
    ),
  },
  {
    key: 'quarterReport',
    Component: lazy(() => import('../reports/QuarterReportCard').then((m) => ({ default: m.QuarterReportCard }))),
  },
  {
    key: 'checkins',
    Component: lazy(() =>
      import('../checkins/CheckInsDashboardCard').then((m) => ({ default: m.CheckInsDashboardCard })),
    ),
  },
  {
    key: 'retention',
    Component: lazy(() => import('../retention/RetentionDueCard').then((m) => ({ default: m.RetentionDashboardCard }))),
  },
  {
    key: 'backup',
    Component: lazy(() => import('../backup/BackupStatusPanel').then((m) => ({ default: m.BackupReminderCard }))),
  },
  {
    key: 'sharedFolder',
    Component: lazy(() => import('../sharedFolder').then((m) => ({ default: m.SyncDashboardCard }))),
  },
];
