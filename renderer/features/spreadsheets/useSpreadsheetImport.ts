import { useCallback, useEffect, useRef, useState } from 'react';
import { isSpreadsheetErrorData } from '../../../shared/spreadsheet/errors';
import { guessMapping } from '../../../shared/spreadsheet/mapping';
import {
  MAX_FILE_BYTES,
  type ColumnMapping,
  type Decisions,
  type DuplicateDecision,
  type FieldKey,
  type ImportKind,
  type ImportOptions,
  type ImportPreview,
  type ImportResult,
  type MappingGuess,
  type NameOrder,
  type ReadOptions,
  type ReadProgress,
  type SheetSummary,
  type ValueAnswer,
  type ValueAnswers,
  type ValueQuestion,
} from '../../../shared/spreadsheet/types';
import type { Language } from '../../../shared/domain/base';
import { loadRememberedMapping } from './importRepo';
import { openSpreadsheet, warmImportWorker } from './importWorkerClient';
import { applyToAll, assignColumn, ignoreUnanswered, initialAnswers, sameShape, type WizardStep } from './wizardModel';

/**
 * The import wizard's state and steps. The sheet stays in the import worker (one session per
 * file); this hook keeps what the page shows — the sheet's summary, the mapping, the value
 * answers, the preview and the duplicates' decisions — and moves between the steps. Nothing is
 * written before `commit`; every failure becomes a translated message and leaves the data as
 * it was.
 */

type Session = Awaited<ReturnType<typeof openSpreadsheet>>;

/** A message for `t(messageKey, params)`. */
export type WizardMessage = { messageKey: string; params?: Record<string, string | number> };

/** What the progress bar shows while the worker reads, checks or writes (fraction null: no measure). */
export type WizardBusy = { phase: ReadProgress['phase']; fraction: number | null } | null;

export type PickedFile = { name: string; size: number; read: () => Promise<Uint8Array> };

const UNEXPECTED: WizardMessage = { messageKey: 'spreadsheetWizard:errors.unexpected' };

/** A SpreadsheetError (also as it crosses from the worker) says what to do; anything else is unexpected. */
export const messageOf = (err: unknown, fallback: WizardMessage = UNEXPECTED): WizardMessage => {
  if (isSpreadsheetErrorData(err)) return { messageKey: err.messageKey, params: err.params };
  console.error(err);
  return fallback;
};

/** Family name first in Hungarian, given name first elsewhere: how a single name column reads. */
export const defaultNameOrder = (language: Language): NameOrder => (language === 'hu' ? 'familyFirst' : 'givenFirst');

export const useSpreadsheetImport = (kind: ImportKind, language: Language) => {
  const session = useRef<Session | null>(null);
  const [step, setStep] = useState<WizardStep>('file');
  const [fileName, setFileName] = useState<string | null>(null);
  const [sheet, setSheet] = useState<SheetSummary | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [mappingSource, setMappingSource] = useState<MappingGuess['source'] | null>(null);
  /** The headers the mapping was made for: a corrected file of the same shape keeps it. */
  const [mappedHeaders, setMappedHeaders] = useState<string[] | null>(null);
  const [movedFrom, setMovedFrom] = useState<{ field: FieldKey; from: number; to: number } | null>(null);
  const [nameOrder, setNameOrder] = useState<NameOrder>(defaultNameOrder(language));
  const [questions, setQuestions] = useState<ValueQuestion[]>([]);
  const [answers, setAnswers] = useState<ValueAnswers>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [decisions, setDecisions] = useState<Decisions>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState<WizardBusy>(null);
  const [error, setError] = useState<WizardMessage | null>(null);

  const closeSession = useCallback(() => {
    session.current?.close();
    session.current = null;
  }, []);
  useEffect(() => closeSession, [closeSession]);
  // While a file is being chosen, a worker gets ready to read it.
  useEffect(() => (step === 'file' ? warmImportWorker() : undefined), [step]);

  const onProgress = useCallback((p: ReadProgress) => setBusy({ phase: p.phase, fraction: p.fraction }), []);
  const options = useCallback((): ImportOptions => ({ language, nameOrder }), [language, nameOrder]);

  /** Runs one step's work with the progress bar, turning any failure into the message shown. */
  const run = useCallback(
    async <T>(
      phase: ReadProgress['phase'],
      work: () => Promise<T>,
      fallback?: WizardMessage,
    ): Promise<T | undefined> => {
      setBusy({ phase, fraction: null });
      setError(null);
      try {
        return await work();
      } catch (err) {
        setError(messageOf(err, fallback));
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [],
  );

  /** Reads a chosen file. A new file of the same shape as the one mapped keeps the mapping and answers. */
  const chooseFile = useCallback(
    async (file: PickedFile) => {
      setError(null);
      if (file.size > MAX_FILE_BYTES) {
        setError({
          messageKey: 'spreadsheetImport:readErrors.tooLarge',
          params: { limit: MAX_FILE_BYTES / (1024 * 1024) },
        });
        return;
      }
      const opened = await run('read', async () =>
        openSpreadsheet({ bytes: await file.read(), fileName: file.name }, {}, onProgress),
      );
      if (!opened) return;
      closeSession();
      session.current = opened;
      setFileName(file.name);
      setSheet(opened.sheet);
      setPreview(null);
      setDecisions({});
      setResult(null);
      setStep('sheet');
    },
    [run, onProgress, closeSession],
  );

  /** Reads the same file again with another sheet, encoding or separator. */
  const reread = useCallback(
    async (change: ReadOptions) => {
      const current = session.current;
      if (!current) return;
      const summary = await run('read', () => current.reread(change, onProgress));
      if (summary) setSheet(summary);
    },
    [run, onProgress],
  );

  const toMapping = useCallback(async () => {
    if (!sheet) return;
    if (mappedHeaders && sameShape(mappedHeaders, sheet.headers) && mapping.length === sheet.headers.length) {
      setStep('mapping');
      return;
    }
    const guess = await run('check', async () =>
      guessMapping(kind, sheet.headers, await loadRememberedMapping(kind, sheet.headers), sheet.sample, nameOrder),
    );
    if (!guess) return;
    setMapping(guess.mapping);
    setMappingSource(guess.source);
    setMappedHeaders(sheet.headers);
    setMovedFrom(null);
    setStep('mapping');
  }, [sheet, mappedHeaders, mapping.length, run, kind, nameOrder]);

  const setColumn = useCallback(
    (column: number, field: FieldKey | null) => {
      const next = assignColumn(mapping, column, field);
      setMapping(next.mapping);
      setMovedFrom(next.movedFrom !== null && field !== null ? { field, from: next.movedFrom, to: column } : null);
    },
    [mapping],
  );

  const makePreview = useCallback(
    async (withAnswers: ValueAnswers) => {
      const current = session.current;
      if (!current) return;
      const made = await run('check', () => current.preview(kind, mapping, withAnswers, options(), onProgress));
      if (!made) return;
      setPreview(made);
      setDecisions({});
      setStep('preview');
    },
    [run, kind, mapping, options, onProgress],
  );

  /** From the mapping: the values to explain, or straight to the preview when every value is understood. */
  const toValues = useCallback(async () => {
    const current = session.current;
    if (!current) return;
    const asked = await run('check', () => current.questions(kind, mapping, options()));
    if (!asked) return;
    setQuestions(asked);
    const next = initialAnswers(asked, answers);
    setAnswers(next);
    if (asked.length > 0) setStep('values');
    else await makePreview(next);
  }, [run, kind, mapping, options, answers, makePreview]);

  const answer = useCallback((key: string, value: ValueAnswer | null) => {
    setAnswers((a) => {
      const next = { ...a };
      if (value) next[key] = value;
      else delete next[key];
      return next;
    });
  }, []);
  const ignoreRest = useCallback(() => setAnswers((a) => ignoreUnanswered(questions, a)), [questions]);
  const toPreview = useCallback(() => makePreview(answers), [makePreview, answers]);

  const decide = useCallback(
    (row: number, decision: DuplicateDecision) => setDecisions((d) => ({ ...d, [row]: decision })),
    [],
  );
  const decideAll = useCallback(
    (decision: DuplicateDecision) => {
      if (!preview) return { applied: 0, notApplicable: 0 };
      const next = applyToAll(preview.rows, decisions, decision);
      setDecisions(next.decisions);
      return { applied: next.applied, notApplicable: next.notApplicable };
    },
    [preview, decisions],
  );

  const commit = useCallback(async () => {
    const current = session.current;
    if (!current || !preview) return;
    const done = await run('write', () => current.commit(decisions), {
      messageKey: 'spreadsheetWizard:errors.importFailed',
    });
    if (!done) return;
    closeSession();
    setResult(done);
    setStep('done');
  }, [run, preview, decisions, closeSession]);

  /** One step back (the file stays read); from the first steps, back to choosing a file. */
  const back = useCallback(() => {
    setError(null);
    setStep((s) => {
      if (s === 'sheet') return 'file';
      if (s === 'mapping') return 'sheet';
      if (s === 'values') return 'mapping';
      if (s === 'preview') return questions.length > 0 ? 'values' : 'mapping';
      return s;
    });
  }, [questions.length]);

  /** Choose another (or the corrected) file: the mapping and the answers are kept for a file of the same shape. */
  const chooseAnother = useCallback(() => {
    setError(null);
    setStep('file');
  }, []);

  /** After an import: start again with nothing remembered but what the database keeps. */
  const restart = useCallback(() => {
    closeSession();
    setStep('file');
    setFileName(null);
    setSheet(null);
    setMapping([]);
    setMappedHeaders(null);
    setMappingSource(null);
    setQuestions([]);
    setAnswers({});
    setPreview(null);
    setDecisions({});
    setResult(null);
    setError(null);
  }, [closeSession]);

  return {
    kind,
    step,
    fileName,
    sheet,
    mapping,
    mappingSource,
    movedFrom,
    nameOrder,
    questions,
    answers,
    preview,
    decisions,
    result,
    busy,
    error,
    chooseFile,
    reread,
    toMapping,
    setColumn,
    setNameOrder,
    toValues,
    answer,
    ignoreRest,
    toPreview,
    decide,
    decideAll,
    commit,
    back,
    chooseAnother,
    restart,
    setError,
  };
};

export type SpreadsheetImportState = ReturnType<typeof useSpreadsheetImport>;
