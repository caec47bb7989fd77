import type { MentorPageExtensions } from '../../features/mentors';
import { MentorDetail } from '../../features/mentors/MentorDetail';
import { ACTIVATION_CHECKS } from '../activationChecks';
import { MENTOR_ACTIONS, MENTOR_PANELS } from '../mentorPanels';

const EXTENSIONS: MentorPageExtensions = {
  panels: MENTOR_PANELS,
  actions: MENTOR_ACTIONS,
  activationChecks: ACTIVATION_CHECKS,
};

/** A mentor's page: the mentors feature's page with what other features add to it. */
export const MentorPage = () => <MentorDetail extensions={EXTENSIONS} />;
