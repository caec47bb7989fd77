import type { ComponentType } from 'react';

/**
 * The sections of the sidebar and their routes. Only sections that exist are listed: a
 * feature adds its entry here when it lands. `labelKey` is in the `common` namespace
 * (`nav.<key>`). `routes` are the section's pages, relative to the app root.
 */
export type Section = {
  key: string;
  path: string;
  routes: PageRoute[];
};

/**
 * A page and how to fetch its code. The router fetches it before it shows the page (React
 * Router's `lazy`), so the page it leaves stays on screen meanwhile and the new one appears
 * whole. Rendered as `React.lazy` inside `<Suspense>`, every first opening showed a loader and
 * React then held the page back until 300 ms after that loader appeared (its Suspense
 * throttle): a third of a second on every page's first opening (issue 24).
 */
export type PageRoute = { path: string; load: () => Promise<ComponentType> };

export const SECTIONS: Section[] = [
  {
    key: 'dashboard',
    path: '/',
    routes: [
      {
        path: '/',
        load: () => import('./pages/DashboardPage').then((m) => m.DashboardPage),
      },
    ],
  },
  {
    key: 'mentors',
    path: '/mentors',
    routes: [
      {
        path: '/mentors',
        load: () => import('./pages/MentorListPage').then((m) => m.MentorListPage),
      },
      {
        path: '/mentors/import',
        load: () => import('../features/spreadsheets/ImportWizard').then((m) => m.ImportPage),
      },
      {
        path: '/mentors/load',
        load: () => import('../features/care/CareLoadPage').then((m) => m.CareLoadPage),
      },
      {
        path: '/mentors/needs-support',
        load: () => import('../features/care/NeedsSupportPage').then((m) => m.NeedsSupportPage),
      },
      {
        path: '/mentors/new',
        load: () => import('../features/mentors/MentorEditPage').then((m) => m.MentorCreatePage),
      },
      {
        path: '/mentors/:id',
        load: () => import('./pages/MentorPage').then((m) => m.MentorPage),
      },
      {
        path: '/mentors/:id/edit',
        load: () => import('../features/mentors/MentorEditPage').then((m) => m.MentorEditPage),
      },
    ],
  },
  {
    key: 'mentees',
    path: '/mentees',
    routes: [
      {
        path: '/mentees',
        load: () => import('./pages/MenteeListPage').then((m) => m.MenteeListPage),
      },
      {
        path: '/mentees/import',
        load: () => import('../features/spreadsheets/ImportWizard').then((m) => m.ImportPage),
      },
      {
        path: '/mentees/new',
        load: () => import('../features/mentees/MenteeEditPage').then((m) => m.MenteeCreatePage),
      },
      {
        path: '/mentees/:id',
        load: () => import('./pages/MenteePage').then((m) => m.MenteePage),
      },
      {
        path: '/mentees/:id/edit',
        load: () => import('../features/mentees/MenteeEditPage').then((m) => m.MenteeEditPage),
      },
    ],
  },
  {
    key: 'pairings',
    path: '/pairings',
    routes: [
      {
        path: '/pairings',
        load: () => import('../features/pairings/PairingsPage').then((m) => m.PairingsPage),
      },
      {
        path: '/pairings/new',
        load: () => import('../features/pairings/NewPairingPage').then((m) => m.NewPairingPage),
      },
      {
        path: '/pairings/monitoring',
        load: () => import('../features/pairings/MonitoringPage').then((m) => m.MonitoringPage),
      },
      {
        path: '/pairings/waiting',
        load: () => import('../features/pairings/WaitingListPage').then((m) => m.WaitingListPage),
      },
      {
        path: '/pairings/:id',
        load: () => import('./pages/PairingPage').then((m) => m.PairingPage),
      },
    ],
  },
  {
    key: 'contacts',
    path: '/contacts',
    routes: [
      {
        path: '/contacts',
        load: () => import('./pages/ContactListPage').then((m) => m.ContactListPage),
      },
      {
        path: '/contacts/import',
        load: () => import('../features/spreadsheets/ImportWizard').then((m) => m.ImportPage),
      },
      {
        path: '/contacts/new',
        load: () => import('../features/contacts/ContactEditPage').then((m) => m.ContactCreatePage),
      },
      {
        path: '/contacts/:id',
        load: () => import('./pages/ContactPage').then((m) => m.ContactPage),
      },
      {
        path: '/contacts/:id/edit',
        load: () => import('../features/contacts/ContactEditPage').then((m) => m.ContactEditPage),
      },
    ],
  },
  {
    key: 'sessions',
    path: '/sessions',
    routes: [
      {
        path: '/sessions',
        load: () => import('./pages/SessionListPage').then((m) => m.SessionListPage),
      },
      {
        path: '/sessions/agenda',
        load: () => import('../features/sessions/AgendaPage').then((m) => m.AgendaPage),
      },
      {
        path: '/sessions/calendar',
        load: () => import('../features/sessions/CalendarPage').then((m) => m.CalendarPage),
      },
      {
        path: '/sessions/overdue',
        load: () => import('../features/sessions/OverduePage').then((m) => m.OverduePage),
      },
      {
        path: '/sessions/import',
        load: () => import('../features/spreadsheets/ImportWizard').then((m) => m.ImportPage),
      },
      {
        path: '/sessions/new',
        load: () => import('../features/sessions/SessionEditPage').then((m) => m.SessionCreatePage),
      },
      {
        path: '/sessions/:id',
        load: () => import('../features/sessions/SessionDetail').then((m) => m.SessionDetail),
      },
      {
        path: '/sessions/:id/edit',
        load: () => import('../features/sessions/SessionEditPage').then((m) => m.SessionEditPage),
      },
      {
        path: '/sessions/:id/attendance',
        load: () => import('../features/sessions/AttendancePage').then((m) => m.AttendancePage),
      },
    ],
  },
  {
    key: 'training',
    path: '/training',
    routes: [
      {
        path: '/training',
        load: () => import('../features/training/TrainingOverviewPage').then((m) => m.TrainingOverviewPage),
      },
      {
        path: '/training/curriculum',
        load: () => import('../features/training/CurriculumPage').then((m) => m.CurriculumPage),
      },
    ],
  },
  {
    key: 'reports',
    path: '/reports',
    routes: [
      {
        path: '/reports',
        load: () => import('../features/reports/ReportsPage').then((m) => m.ReportsPage),
      },
      {
        path: '/reports/sent/:id',
        load: () => import('../features/reports/SavedReportPage').then((m) => m.SavedReportPage),
      },
    ],
  },
  {
    key: 'backup',
    path: '/backup',
    routes: [
      {
        path: '/backup',
        load: () => import('../features/backup/BackupPage').then((m) => m.BackupPage),
      },
    ],
  },
  {
    key: 'privacy',
    path: '/privacy',
    routes: [
      {
        path: '/privacy',
        load: () => import('../features/privacy/PrivacyPage').then((m) => m.PrivacyPage),
      },
      {
        path: '/privacy/retention',
        load: () => import('../features/retention/RetentionPage').then((m) => m.RetentionPage),
      },
      {
        path: '/privacy/audit',
        load: () => import('../features/privacy/AuditLogPage').then((m) => m.AuditLogPage),
      },
      {
        path: '/privacy/consents',
        load: () => import('../features/privacy/MissingConsentsPage').then((m) => m.MissingConsentsPage),
      },
    ],
  },
  {
    key: 'settings',
    path: '/settings',
    routes: [
      {
        path: '/settings',
        load: () => import('./pages/SettingsPage').then((m) => m.SettingsPage),
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
    load: () => import('../features/sessions/attendanceSheet/AttendanceSheetPage').then((m) => m.AttendanceSheetPage),
  },
  {
    path: '/print/attendance-blank',
    load: () => import('../features/print/BlankAttendanceSheetPage').then((m) => m.BlankAttendanceSheetPage),
  },
  {
    path: '/print/certificate/:mentorId',
    load: () => import('../features/training/certificate/CertificatePage').then((m) => m.CertificatePage),
  },
  {
    path: '/print/checkin-form/:pairingId',
    load: () => import('../features/checkins/PaperFormPage').then((m) => m.PaperFormPage),
  },
  {
    path: '/print/wellbeing-form/:mentorId',
    load: () => import('../features/care/WellbeingFormPage').then((m) => m.WellbeingFormPage),
  },
  {
    path: '/print/report',
    load: () => import('../features/reports/ReportPrintPage').then((m) => m.ReportPrintPage),
  },
  {
    path: '/print/volunteer-hours/:mentorId',
    load: () => import('../features/reports/VolunteerHoursPage').then((m) => m.VolunteerHoursPage),
  },
  {
    path: '/print/subject-access/:kind/:id',
    load: () => import('../features/subjectAccess/SubjectAccessPage').then((m) => m.SubjectAccessPage),
  },
];
