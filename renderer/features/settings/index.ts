/** Settings' public surface: the organisation's settings and rules, read and saved, and their hook. */
export { getSettings, saveSettings, type SettingsValues } from './settingsRepo';
export { useSettings } from './useSettings';
export { RuleNumberField, type NumberRule } from './RuleNumberField';
