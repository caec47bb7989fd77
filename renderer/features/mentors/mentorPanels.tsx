import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Panels other features add to a mentor's page (sessions and attendance, pairings, training
 * progress …). Each panel receives the mentor's id and renders its own heading; the mentor
 * page renders them in this order below its own sections.
 */
export type MentorPanel = {
  key: string;
  Component: LazyExoticComponent<ComponentType<{ mentorId: string }>>;
};

export const MENTOR_PANELS: MentorPanel[] = [
  {
    key: 'sessions',
    Component: lazy(() => import('../sessions/MentorSessionsPanel').then((m) => ({ default: m.MentorSessionsPanel }))),
  },
  {
    key: 'training',
    Component: lazy(() =>
      import('../training/TrainingProgressPanel').then((m) => ({ default: m.TrainingProgressPanel })),
    ),
  },
  {
    key: 'pairings',
    Component: lazy(() =>
      import('../pairings/PersonPairingsSection').then((m) => ({ default: m.MentorPairingsPanel })),
    ),
  },
  {
    key: 'care',
    Component: lazy(() => import('../care/MentorCarePanel').then((m) => ({ default: m.MentorCarePanel }))),
  },
];
