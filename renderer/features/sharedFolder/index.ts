/** The shared folder's public surface: the Settings panel, the sidebar's status line, the overview's card and the runner's start. */
export { SharedFolderPanel } from './SharedFolderPanel';
export { SyncStatusLine } from './SyncStatusLine';
export { SyncDashboardCard } from './SyncDashboardCard';
export { useSharedFolderRunner } from './useSharedFolder';
