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
    routes: [
      {
        path: '/',
        Component: lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage }))),
      },
    ],
  },
  {
    key: 'mentors',
    path: '/mentors',
    routes: [
      {
        path: '/mentors',
        Component: lazy(() => import('./pages/MentorListPage').then((m) => ({ default: m.MentorListPage }))),
      },
      {
        path: '/mentors/import',
        Component: lazy(() => import('../features/spreadsheets/ImportWizard').then((m) => ({ default: m.ImportPage }))),
      },
      {
        path: '/mentors/load',
        Component: lazy(() => import('../features/care/CareLoadPage').then((m) => ({ default: m.CareLoadPage }))),
      },
      {
        path: '/mentors/needs-support',
        Component: lazy(() =>
          import('../features/care/NeedsSupportPage').then((m) => ({ default: m.NeedsSupportPage })),
        ),
      },
      {
        path: '/mentors/new',
        Component: lazy(() =>
          import('../features/mentors/MentorEditPage').then((m) => ({ default: m.MentorCreatePage })),
        ),
      },
      {
        path: '/mentors/:id',
        Component: lazy(() => import('./pages/MentorPage').then((m) => ({ default: m.MentorPage }))),
      },
      {
        path: '/mentors/:id/edit',
        Component: lazy(() =>
          import('../features/mentors/MentorEditPage').then((m) => ({ default: m.MentorEditPage })),
        ),
      },
    ],
  },
  {
    key: 'mentees',
    path: '/mentees',
    routes: [
      {
        path: '/mentees',
        Component: lazy(() => import('./pages/MenteeListPage').then((m) => ({ default: m.MenteeListPage }))),
      },
      {
        path: '/mentees/import',
        Component: lazy(() => import('../features/spreadsheets/ImportWizard').then((m) => ({ default: m.ImportPage }))),
      },
      {
        path: '/mentees/new',
        Component: lazy(() =>
          import('../features/mentees/MenteeEditPage').then((m) => ({ default: m.MenteeCreatePage })),
        ),
      },
      {
        path: '/mentees/:id',
        Component: lazy(() => import('./pages/MenteePage').then((m) => ({ default: m.MenteePage }))),
      },
      {
        path: '/mentees/:id/edit',
        Component: lazy(() =>
          import('../features/mentees/MenteeEditPage').then((m) => ({ default: m.MenteeEditPage })),
        ),
      },
    ],
  },
  {
    key: 'pairings',
    path: '/pairings',
    routes: [
      {
        path: '/pairings',
        Component: lazy(() => import('../features/pairings/PairingsPage').then((m) => ({ default: m.PairingsPage }))),
      },
      {
        path: '/pairings/new',
        Component: lazy(() =>
          import('../features/pairings/NewPairingPage').then((m) => ({ default: m.NewPairingPage })),
        ),
      },
      {
        path: '/pairings/monitoring',
        Component: lazy(() =>
          import('../features/pairings/MonitoringPage').then((m) => ({ default: m.MonitoringPage })),
        ),
      },
      {
        path: '/pairings/waiting',
        Component: lazy(() =>
          import('../features/pairings/WaitingListPage').then((m) => ({ default: m.WaitingListPage })),
        ),
      },
      {
        path: '/pairings/:id',
        Component: lazy(() => import('./pages/PairingPage').then((m) => ({ default: m.PairingPage }))),
      },
    ],
  },
  {
    key: 'contacts',
    path: '/contacts',
    routes: [
      {
        path: '/contacts',
        Component: lazy(() => import('./pages/ContactListPage').then((m) => ({ default: m.ContactListPage }))),
      },
      {
        path: '/contacts/import',
        Component: lazy(() => import('../features/spreadsheets/ImportWizard').then((m) => ({ default: m.ImportPage }))),
      },
      {
        path: '/contacts/new',
        Component: lazy(() =>
          import('../features/contacts/ContactEditPage').then((m) => ({ default: m.ContactCreatePage })),
        ),
      },
      {
        path: '/contacts/:id',
        Component: lazy(() => import('./pages/ContactPage').then((m) => ({ default: m.ContactPage }))),
      },
      {
        path: '/contacts/:id/edit',
        Component: lazy(() =>
          import('../features/contacts/ContactEditPage').then((m) => ({ default: m.ContactEditPage })),
        ),
      },
    ],
  },
  {
    key: 'sessions',
    path: '/sessions',
    routes: [
      {
        path: '/sessions',
        Component: lazy(() => import('./pages/SessionListPage').then((m) => ({ default: m.SessionListPage }))),
      },
      {
        path: '/sessions/agenda',
        Component: lazy(() => import('../features/sessions/AgendaPage').then((m) => ({ default: m.AgendaPage }))),
      },
      {
        path: '/sessions/calendar',
        Component: lazy(() => import('../features/sessions/CalendarPage').then((m) => ({ default: m.CalendarPage }))),
      },
      {
        path: '/sessions/overdue',
        Component: lazy(() => import('../features/sessions/OverduePage').then((m) => ({ default: m.OverduePage }))),
      },
      {
        path: '/sessions/import',
        Component: lazy(() => import('../features/spreadsheets/ImportWizard').then((m) => ({ default: m.ImportPage }))),
      },
      {
        path: '/sessions/new',
        Component: lazy(() =>
          import('../features/sessions/SessionEditPage').then((m) => ({ default: m.SessionCreatePage })),
        ),
      },
      {
        path: '/sessions/:id',
        Component: lazy(() => import('../features/sessions/SessionDetail').then((m) => ({ default: m.SessionDetail }))),
      },
      {
        path: '/sessions/:id/edit',
        Component: lazy(() =>
          import('../features/sessions/SessionEditPage').then((m) => ({ default: m.SessionEditPage })),
        ),
      },
      {
        path: '/sessions/:id/attendance',
        Component: lazy(() =>
          import('../features/sessions/AttendancePage').then((m) => ({ default: m.AttendancePage })),
        ),
      },
    ],
  },
  {
    key: 'training',
    path: '/training',
    routes: [
      {
        path: '/training',
        Component: lazy(() =>
          import('../features/training/TrainingOverviewPage').then((m) => ({ default: m.TrainingOverviewPage })),
        ),
      },
      {
        path: '/training/curriculum',
        Component: lazy(() =>
          import('../features/training/CurriculumPage').then((m) => ({ default: m.CurriculumPage })),
        ),
      },
    ],
  },
  {
    key: 'reports',
    path: '/reports',
    routes: [
      {
        path: '/reports',
        Component: lazy(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage }))),
      },
      {
        path: '/reports/sent/:id',
        Component: lazy(() =>
          import('../features/reports/SavedReportPage').then((m) => ({ default: m.SavedReportPage })),
        ),
      },
    ],
  },
  {
    key: 'backup',
    path: '/backup',
    routes: [
      {
        path: '/backup',
        Component: lazy(() => import('../features/backup/BackupPage').then((m) => ({ default: m.BackupPage }))),
      },
    ],
  },
  {
    key: 'privacy',
    path: '/privacy',
    routes: [
      {
        path: '/privacy',
        Component: lazy(() => import('../features/privacy/PrivacyPage').then((m) => ({ default: m.PrivacyPage }))),
      },
      {
        path: '/privacy/retention',
        Component: lazy(() =>
          import('../features/retention/RetentionPage').then((m) => ({ default: m.RetentionPage })),
        ),
      },
      {
        path: '/privacy/audit',
        Component: lazy(() => import('../features/privacy/AuditLogPage').then((m) => ({ default: m.AuditLogPage }))),
      },
      {
        path: '/privacy/consents',
        Component: lazy(() =>
          import('../features/privacy/MissingConsentsPage').then((m) => ({ default: m.MissingConsentsPage })),
        ),
      },
    ],
  },
  {
    key: 'settings',
    path: '/settings',
    routes: [
      {
        path: '/settings',
        Component: lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage }))),
      },
    ],
  },
];

/**
 * Routes outside the sidebar and outside the app frame (printable pages render bare, for
 * the print stylesheet). A feature adds `/print/...` routes here.
 */
export const BARE_ROUTES: Section['routes'] = [
  {
    path: '/print/attendance/:sessionId',
    Component: lazy(() =>
      import('../features/sessions/attendanceSheet/AttendanceSheetPage').then((m) => ({
        default: m.AttendanceSheetPage,
      })),
    ),
  },
  {
    path: '/print/attendance-blank',
    Component: lazy(() =>
      import('../features/print/BlankAttendanceSheetPage').then((m) => ({ default: m.BlankAttendanceSheetPage })),
    ),
  },
  {
    path: '/print/certificate/:mentorId',
    Component: lazy(() =>
      import('../features/training/certificate/CertificatePage').then((m) => ({ default: m.CertificatePage })),
    ),
  },
  {
    path: '/print/checkin-form/:pairingId',
    Component: lazy(() => import('../features/checkins/PaperFormPage').then((m) => ({ default: m.PaperFormPage }))),
  },
  {
    path: '/print/wellbeing-form/:mentorId',
    Component: lazy(() => import('../features/care/WellbeingFormPage').then((m) => ({ default: m.WellbeingFormPage }))),
  },
  {
    path: '/print/report',
    Component: lazy(() => import('../features/reports/ReportPrintPage').then((m) => ({ default: m.ReportPrintPage }))),
  },
  {
    path: '/print/volunteer-hours/:mentorId',
    Component: lazy(() =>
      import('../features/reports/VolunteerHoursPage').then((m) => ({ default: m.VolunteerHoursPage })),
    ),
  },
  {
    path: '/print/subject-access/:kind/:id',
    Component: lazy(() =>
      import('../features/subjectAccess/SubjectAccessPage').then((m) => ({ default: m.SubjectAccessPage })),
    ),
  },
];
