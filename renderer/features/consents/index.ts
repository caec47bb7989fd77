/**
 * Consents' public surface: the section and the flag a person's page shows, the ledger's read
 * the Privacy feature lists people without consent from, and the sample step.
 */
export { ConsentSection } from './ConsentSection';
export { ProcessingConsentFlag } from './ProcessingConsentFlag';
export { processingConsentByPerson } from './consentsRepo';
export { consentsSampleStep } from './sampleData';
