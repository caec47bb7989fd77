export { DraftBanner, draftTime } from './DraftBanner';
export { checkDraft, draftAsText, type DraftFit } from './draftFit';
export { clearDraft, draftId, draftsAbout, getDraft, saveDraft, type Draft, type DraftTarget } from './draftsRepo';
export {
  DRAFT_DEBOUNCE_MS,
  useDraft,
  useFormDraft,
  type DraftOffer,
  type DraftOptions,
  type FormDraft,
} from './useFormDraft';
