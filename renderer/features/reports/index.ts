/** Reports' public surface: the mentor page's "Volunteer hours statement" button. */
export { VolunteerHoursButton } from './VolunteerHoursButton';
