import type { MentorAction, MentorPanel } from '../features/mentors';
import { VolunteerHoursButton } from '../features/reports';
import { MentorCarePanel } from '../features/care/MentorCarePanel';
import { MentorPairingsPanel } from '../features/pairings/PersonPairingsSection';
import { MentorSessionsPanel } from '../features/sessions/MentorSessionsPanel';
import { TrainingProgressPanel } from '../features/training/TrainingProgressPanel';

/**
 * Panels other features add to a mentor's page (sessions and attendance, training progress,
 * pairings, load and wellbeing). Each panel receives the mentor's id and renders its own heading;
 * the mentor page renders them in this order below its own sections. Imported by path but not
 * lazily: only the mentor's page (itself loaded lazily) reads this registry, so the panels' code
 * is still fetched only when a mentor's page is shown, and now together with the page's own code.
 * Loaded lazily, it was fetched only once the page had read the mentor and drawn its own
 * sections: a second round of downloads on the page's first opening (issue 24).
 */
export const MENTOR_PANELS: readonly MentorPanel[] = [
  { key: 'sessions', Component: MentorSessionsPanel },
  { key: 'training', Component: TrainingProgressPanel },
  { key: 'pairings', Component: MentorPairingsPanel },
  { key: 'care', Component: MentorCarePanel },
];

/** Buttons other features add to the mentor page's header: the volunteer hours statement. */
export const MENTOR_ACTIONS: readonly MentorAction[] = [{ key: 'volunteerHours', Component: VolunteerHoursButton }];
