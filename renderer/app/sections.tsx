import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * The sections of the sidebar and their routes. Only sections that exist are listed: a
 * feature adds its entry here when it lands. `labelKey` is in the `common` namespace
 * (`nav.<key>`). `routes` are the section's pages, relative to the app root.
 */
export type Section = {
  key: string;
  path: string;
  routes: { path: string; Component: LazyExoticComponent<ComponentType> }[];
};

export const SECTIONS: Section[] = [
  {
    key: 'dashboard',
    path: '/',
    routes: [{ path: '/', Component: lazy(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage }))) }],
  },
  {
    key: 'mentors',
    path: '/mentors',
    routes: [
      { path: '/mentors', Component: lazy(() => import('../features/mentors/MentorsPage').then((m) => ({ default: m.MentorsPage }))) },
      { path: '/mentors/new', Component: lazy(() => import('../features/mentors/MentorEditPage').then((m) => ({ default: m.MentorCreatePage }))) },
      { path: '/mentors/:id', Component: lazy(() => import('../features/mentors/MentorDetail').then((m) => ({ default: m.MentorDetail }))) },
      { path: '/mentors/:id/edit', Component: lazy(() => import('../features/mentors/MentorEditPage').then((m) => ({ default: m.MentorEditPage }))) },
    ],
  },
  {
    key: 'training',
    path: '/training',
    routes: [
      { path: '/training', Component: lazy(() => import('../features/training/TrainingOverviewPage').then((m) => ({ default: m.TrainingOverviewPage }))) },
      { path: '/training/curriculum', Component: lazy(() => import('../features/training/CurriculumPage').then((m) => ({ default: m.CurriculumPage }))) },
    ],
  },
  {
    key: 'settings',
    path: '/settings',
    routes: [{ path: '/settings', Component: lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage }))) }],
  },
];

/**
 * Routes outside the sidebar and outside the app frame (printable pages render bare, for
 * the print stylesheet). A feature adds `/print/...` routes here.
 */
export const BARE_ROUTES: Section['routes'] = [
  { path: '/print/attendance/:sessionId', Component: lazy(() => import('../features/print/AttendanceSheetPage').then((m) => ({ default: m.AttendanceSheetPage }))) },
  { path: '/print/attendance-blank', Component: lazy(() => import('../features/print/BlankAttendanceSheetPage').then((m) => ({ default: m.BlankAttendanceSheetPage }))) },
  { path: '/print/certificate/:mentorId', Component: lazy(() => import('../features/print/CertificatePage').then((m) => ({ default: m.CertificatePage }))) },
];
