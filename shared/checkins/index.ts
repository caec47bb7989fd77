export * from './questionnaire';
export * from './scoring';
export * from './schedule';
export * from './trend';
