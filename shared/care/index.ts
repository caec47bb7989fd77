export * from './wellbeingQuestionnaire';
export * from './load';
export * from './needsSupport';
export * from './wellbeingSchedule';
