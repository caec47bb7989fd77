import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { ZodType } from 'zod';
import { notifyError } from '../../components/notify';
import { checkDraft, type DraftFit } from './draftFit';
import { clearDraft, draftId, getDraft, saveDraft, type DraftTarget } from './draftsRepo';

/** How long typing must pause before the draft is written. */
export const DRAFT_DEBOUNCE_MS = 1000;

export type DraftOptions = DraftTarget & {
  /** The form's schema: a draft that no longer fits it is offered as text. */
  schema: ZodType;
  /** A modal's form keeps its draft only while open (default: always). */
  enabled?: boolean;
  /** People the values name (a session's participants): the draft is about them too. */
  subjectsOf?: (values: Record<string, unknown>) => readonly (string | null | undefined)[];
  /** A further check of the form's own, e.g. the questionnaire version a check-in was typed for. */
  fits?: (values: Record<string, unknown>) => boolean;
};

/** A kept draft found when the form opened, waiting for Continue or Discard. */
export type DraftOffer = { updatedAt: string; fit: DraftFit };

export type FormDraft = {
  offer: DraftOffer | null;
  /** The form changed: write its values after a pause (or remove the draft if they are back to the start). */
  changed: (values: unknown) => void;
  /** Put the kept draft back into the form. */
  continueDraft: () => void;
  /** Throw the kept draft away. */
  discard: () => Promise<void>;
  /** The form was saved: its draft goes. */
  clear: () => Promise<void>;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with sorted keys: two value objects compare equal whatever order their keys were set in. */
const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    typeof x === 'object' && x !== null && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );

/**
 * The one draft mechanism of the app's long forms (issue 23, "Drafts are never lost"). While the
 * coordinator types, the form's values are written to the local `drafts` table a second after the
 * last key; opening the form again finds them and offers to continue or discard (`DraftBanner`).
 * While that offer is open nothing new is written, so the kept draft is never overwritten unseen.
 * `baseline` gives the form's starting values, `restore` puts values back into the form.
 */
export const useDraft = <T extends Record<string, unknown>>(
  options: DraftOptions,
  baseline: () => T,
  restore: (values: T) => void,
): FormDraft => {
  const { formKey, recordId, schema, enabled = true, fits } = options;
  const id = draftId(formKey, recordId);
  const [offer, setOffer] = useState<DraftOffer | null>(null);
  // 'loading' and 'offered' hold writes back; 'idle' writes.
  const phase = useRef<'loading' | 'offered' | 'idle'>('loading');
  const pending = useRef<{ values: unknown } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const start = useRef<{ json: string; values: T } | null>(null);
  const latest = useRef({ options, baseline, restore });
  latest.current = { options, baseline, restore };

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (!next || phase.current !== 'idle') return;
    const { options: o } = latest.current;
    const named = o.subjectsOf && isRecord(next.values) ? o.subjectsOf(next.values) : [];
    const target = { formKey: o.formKey, recordId: o.recordId, subjectIds: [...(o.subjectIds ?? []), ...named] };
    const write = stable(next.values) === start.current?.json ? clearDraft(id) : saveDraft(target, next.values);
    write.catch((err: unknown) => notifyError(err, 'common'));
  }, [id]);

  // Opening the form (or the modal) looks for a kept draft.
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const values = latest.current.baseline();
    start.current = { json: stable(values), values };
    phase.current = 'loading';
    setOffer(null);
    getDraft(id)
      .then((draft) => {
        if (!live) return;
        if (!draft || stable(draft.values) === start.current?.json) {
          phase.current = 'idle';
          return;
        }
        phase.current = 'offered';
        setOffer({ updatedAt: draft.updatedAt, fit: checkDraft(schema, draft.values, values, fits) });
      })
      .catch((err: unknown) => {
        phase.current = 'idle';
        notifyError(err, 'common');
      });
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      live = false;
      window.removeEventListener('pagehide', onHide);
      // Closing the form or leaving the page keeps what was typed in the last second too.
      flush();
    };
    // `schema` and `fits` are the form's constants; a new draft id is a new form.
  }, [id, enabled, flush]);

  const changed = useCallback(
    (values: unknown) => {
      if (phase.current !== 'idle') return;
      pending.current = { values: structuredClone(values) };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_DEBOUNCE_MS);
    },
    [flush],
  );

  const continueDraft = useCallback(() => {
    if (offer?.fit.fits) latest.current.restore(offer.fit.values as T);
    setOffer(null);
    phase.current = 'idle';
  }, [offer]);

  const forget = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    setOffer(null);
    phase.current = 'idle';
    await clearDraft(id);
  }, [id]);

  return useMemo(
    () => ({ offer, changed, continueDraft, discard: forget, clear: forget }),
    [offer, changed, continueDraft, forget],
  );
};

/**
 * `useDraft` for a react-hook-form form: every change the coordinator makes (typing, a choice, a
 * date) is kept; a `reset` (the form emptied after saving) is not a change.
 */
export const useFormDraft = <T extends FieldValues, TOut>(
  form: UseFormReturn<T, unknown, TOut>,
  options: DraftOptions,
): FormDraft => {
  const draft = useDraft<T>(
    options,
    () => form.getValues(),
    (values) => form.reset(values, { keepDefaultValues: true }),
  );
  const { changed } = draft;
  const { watch } = form;
  useEffect(() => {
    const sub = watch((values, { name }) => {
      if (name) changed(values);
    });
    return () => sub.unsubscribe();
  }, [watch, changed]);
  return draft;
};
