/**
 * Check-ins' public surface: the check-ins of a period (for the activity report) and the sample
 * step. The pairing page's panel, the overview's card and the printed form are loaded lazily by
 * path from the app's registries.
 */
export { checkInsBetween } from './checkinsRepo';
export { checkInsSampleStep } from './sampleData';
