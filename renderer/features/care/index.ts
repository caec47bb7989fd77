/**
 * Care for the carers — the public surface other features import: the rules panel of Settings.
 * Its pages (the load list, "Needs support now", the printed wellbeing form), the mentor page's
 * panel and the overview's card are loaded lazily by path from `app/sections.tsx`,
 * `app/mentorPanels.tsx` and `app/overviewWidgets.tsx`, so that their code is fetched only when
 * shown.
 */
export { CareRulesSettings } from './CareRulesSettings';
