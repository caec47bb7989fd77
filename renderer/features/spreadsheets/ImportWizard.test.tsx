// @vitest-environment jsdom
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { giveBoxesHeight, prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { resetDatabase } from '../../db/testing';
import { i18n } from '../../i18n/i18n';
import { MentorInputSchema } from '../../../shared/domain/mentor';
import type {
  ColumnMapping,
  Decisions,
  DuplicateDecision,
  FieldKey,
  ImportPreview,
  PreviewRow,
  SheetSummary,
} from '../../../shared/spreadsheet/types';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import type { SpreadsheetImportState } from './useSpreadsheetImport';
import { applyToAll, assignColumn } from './wizardModel';

/*
 * The steps as a coordinator uses them, with the wizard's state kept by a small harness that
 * applies the same rules as the hook (wizardModel): the worker and the database are the hook's
 * business and are exercised end to end (tests/e2e/spreadsheetImport.spec.ts).
 */

beforeAll(() => prepareComponentTests('en'));
beforeEach(() => resetDatabase());
afterEach(cleanup);

const ROWS = 100_000;
const t = (key: string, o?: Record<string, unknown>) => i18n.t(key, o);
const noop = async () => undefined;

const baseState = (): SpreadsheetImportState => ({
  kind: 'mentors',
  step: 'mapping',
  fileName: 'mentors.xlsx',
  sheet: null,
  mapping: [],
  mappingSource: 'guessed',
  movedFrom: null,
  nameOrder: 'givenFirst',
  questions: [],
  answers: {},
  preview: null,
  decisions: {},
  result: null,
  busy: null,
  error: null,
  chooseFile: noop,
  reread: noop,
  toMapping: noop,
  setColumn: () => undefined,
  setNameOrder: () => undefined,
  toValues: noop,
  answer: () => undefined,
  ignoreRest: () => undefined,
  toPreview: noop,
  decide: () => undefined,
  decideAll: () => ({ applied: 0, notApplicable: 0 }),
  commit: noop,
  back: () => undefined,
  chooseAnother: () => undefined,
  restart: () => undefined,
  setError: () => undefined,
});

const sheet = (headers: string[], sample: string[][]): SheetSummary => ({
  format: 'xlsx',
  sheets: ['Sheet1'],
  sheet: 'Sheet1',
  encoding: null,
  separator: null,
  headerRow: 1,
  headers,
  rowCount: sample.length,
  sample,
  sampleRowNumbers: sample.map((_, i) => i + 2),
});

describe('MappingStep', () => {
  const Harness = ({ initial, onNext }: { initial: ColumnMapping; onNext: () => void }) => {
    const [mapping, setMapping] = useState(initial);
    const [movedFrom, setMovedFrom] = useState<SpreadsheetImportState['movedFrom']>(null);
    const state: SpreadsheetImportState = {
      ...baseState(),
      sheet: sheet(['Sukunimi', 'Etunimi', 'Sähköposti'], [['Virtanen', 'Aino', 'aino@example.org']]),
      mapping,
      movedFrom,
      setColumn: (column: number, field: FieldKey | null) => {
        const next = assignColumn(mapping, column, field);
        setMapping(next.mapping);
        setMovedFrom(next.movedFrom !== null && field ? { field, from: next.movedFrom, to: column } : null);
      },
      toValues: async () => onNext(),
    };
    return <MappingStep wizard={state} language="en" />;
  };

  it('focuses its heading, shows the first values, and says what is missing instead of going on', async () => {
    let went = 0;
    renderWithProviders(<Harness initial={['familyName', null, 'email']} onNext={() => (went += 1)} />);
    const heading = screen.getByRole('heading', { level: 2, name: t('spreadsheetWizard:steps.mapping') });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Aino')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: t('spreadsheetWizard:nav.next') }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(t('spreadsheetImport:fields.givenName'));
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(went).toBe(0);

    // The coordinator chooses the missing field with the keyboard-usable select and goes on.
    const givenLabel = t('spreadsheetWizard:mapping.required', { field: t('spreadsheetImport:fields.givenName') });
    await userEvent.click(
      screen.getByRole('combobox', { name: t('spreadsheetWizard:mapping.fieldFor', { header: 'Etunimi' }) }),
    );
    await userEvent.click(await screen.findByRole('option', { name: givenLabel }));
    await userEvent.click(screen.getByRole('button', { name: t('spreadsheetWizard:nav.next') }));
    expect(went).toBe(1);
  });

  it('reads a field from one column only and says which column gave it up', async () => {
    renderWithProviders(<Harness initial={['familyName', 'givenName', 'email']} onNext={() => undefined} />);
    const emailLabel = t('spreadsheetImport:fields.email');
    await userEvent.click(
      screen.getByRole('combobox', { name: t('spreadsheetWizard:mapping.fieldFor', { header: 'Etunimi' }) }),
    );
    await userEvent.click(await screen.findByRole('option', { name: emailLabel }));
    expect(screen.getByTestId('mapping-moved').textContent).toBe(
      t('spreadsheetWizard:mapping.moved', { field: emailLabel, from: 'Sähköposti', to: 'Etunimi' }),
    );
    expect(
      (
        screen.getByRole('combobox', {
          name: t('spreadsheetWizard:mapping.fieldFor', { header: 'Sähköposti' }),
        }) as HTMLInputElement
      ).value,
    ).toBe(t('spreadsheetWizard:mapping.skip'));
  });
});

describe('PreviewStep', () => {
  // jsdom has no layout: the list's box is 600px high (clientHeight, what the virtualizer reads)
  // and each row 48px (offsetHeight); otherwise every row measures 0 and all of them would "fit".
  const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
  let restoreLayout: () => void;
  beforeAll(() => {
    restoreLayout = giveBoxesHeight(600);
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.matches('li[data-index]') ? 48 : 0;
      },
    });
  });
  afterAll(() => {
    restoreLayout();
    if (offsetHeight) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
  });

  const input = MentorInputSchema.parse({ givenName: 'Aino', familyName: 'Virtanen' });
  /** 100,000 rows: every 10th a duplicate (every 20th of those may only be skipped or added), every 25th in error. */
  const bigPreview = (): ImportPreview => {
    const rows: PreviewRow[] = [];
    const counts = { total: 0, new: 0, duplicate: 0, error: 0 };
    for (let i = 0; i < ROWS; i++) {
      const row = i + 2;
      const outcome: PreviewRow['outcome'] = i % 25 === 24 ? 'error' : i % 10 === 9 ? 'duplicate' : 'new';
      counts.total += 1;
      counts[outcome] += 1;
      rows.push({
        row,
        outcome,
        record: { kind: 'mentors', input, status: 'applicant', joinedOn: '2024-03-05', exitDate: null, exitReason: '' },
        errors:
          outcome === 'error'
            ? [
                {
                  column: 2,
                  header: 'Joined',
                  field: 'joinedOn',
                  value: '32.13.2024',
                  messageKey: 'spreadsheetImport:cellErrors.notADate',
                },
              ]
            : [],
        notes: [],
        ...(outcome === 'duplicate'
          ? {
              duplicate: {
                reason: 'email' as const,
                existingId: 'x',
                label: 'Aino Virtanen',
                choices: (i % 20 === 19 ? ['skip', 'add'] : ['skip', 'update', 'add']) as DuplicateDecision[],
                messageKey: 'spreadsheetImport:duplicates.email',
              },
            }
          : {}),
      });
    }
    return {
      kind: 'mentors',
      rows,
      counts,
      mappedFields: ['familyName', 'givenName'],
      sessions: [],
      newProgrammes: [],
      shapeKey: 'k',
    };
  };

  const Harness = ({ preview, onCommit }: { preview: ImportPreview; onCommit: (d: Decisions) => void }) => {
    const [decisions, setDecisions] = useState<Decisions>({});
    const state: SpreadsheetImportState = {
      ...baseState(),
      step: 'preview',
      preview,
      decisions,
      decide: (row, d) => setDecisions((all) => ({ ...all, [row]: d })),
      decideAll: (d) => {
        const next = applyToAll(preview.rows, decisions, d);
        setDecisions(next.decisions);
        return next;
      },
      commit: async () => onCommit(decisions),
    };
    return <PreviewStep wizard={state} language="en" />;
  };

  it('shows 100,000 rows without rendering them all, with the counts, and applies a choice to every duplicate', async () => {
    const preview = bigPreview();
    let committed: Decisions | null = null;
    renderWithProviders(<Harness preview={preview} onCommit={(d) => (committed = d)} />);

    const counts = screen.getByTestId('preview-counts');
    expect(within(counts).getByText('100,000')).toBeTruthy();
    expect(within(counts).getByText('4,000')).toBeTruthy();
    // Only a screenful is in the document.
    expect(screen.getAllByTestId('preview-row').length).toBeLessThan(80);

    // Duplicates are skipped until decided: new rows only.
    const importOf = (n: number) =>
      screen.getByRole('button', {
        name: t('spreadsheetWizard:preview.import', { count: n, n: n.toLocaleString('en') }),
      });
    expect(importOf(preview.counts.new)).toBeTruthy();

    // "Update the existing record" for all: those that may only be added keep their choice.
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: t('spreadsheetWizard:preview.applyAllLabel') }),
      t('spreadsheetWizard:preview.decisions.update'),
    );
    await userEvent.click(screen.getByRole('button', { name: t('spreadsheetWizard:preview.applyAll') }));
    const updatable = preview.rows.filter((r) => r.duplicate?.choices.includes('update')).length;
    expect(screen.getByTestId('preview-applied').textContent).toContain(updatable.toLocaleString('en'));
    await userEvent.click(importOf(preview.counts.new + updatable));
    expect(Object.values(committed ?? {}).filter((d) => d === 'update')).toHaveLength(updatable);
  });

  it('filters to the errors, each naming its cell and reason', async () => {
    renderWithProviders(<Harness preview={bigPreview()} onCommit={() => undefined} />);
    await userEvent.click(screen.getByRole('radio', { name: /^Errors/ }));
    const rows = await screen.findAllByTestId('preview-row');
    expect(rows.every((r) => r.getAttribute('data-outcome') === 'error')).toBe(true);
    expect(rows[0]?.textContent).toContain(
      t('spreadsheetWizard:preview.cellError', {
        header: 'Joined',
        row: 26,
        reason: t('spreadsheetImport:cellErrors.notADate'),
      }),
    );
  });

  it('lets one duplicate be added anyway from its own row', async () => {
    let committed: Decisions | null = null;
    renderWithProviders(<Harness preview={bigPreview()} onCommit={(d) => (committed = d)} />);
    await userEvent.click(screen.getByRole('radio', { name: /^Duplicates/ }));
    const select = await screen.findByRole('combobox', { name: t('spreadsheetWizard:preview.decision', { row: 11 }) });
    await userEvent.selectOptions(select, t('spreadsheetWizard:preview.decisions.add'));
    await userEvent.click(screen.getByRole('button', { name: /^Import/ }));
    expect(committed).toEqual({ 11: 'add' });
  });
});
