import { MAX_FILE_BYTES, SPREADSHEET_ERROR_KINDS, type SpreadsheetErrorData, type SpreadsheetErrorKind } from './types';

const COMMIT_KINDS: readonly SpreadsheetErrorKind[] = ['prefixTaken', 'invalidPrefix', 'recordGone'];

const messageKeyOf = (kind: SpreadsheetErrorKind): string =>
  kind === 'readOnly'
    ? 'common:errors.readOnlyDatabase'
    : COMMIT_KINDS.includes(kind)
      ? `spreadsheetImport:commitErrors.${kind}`
      : `spreadsheetImport:readErrors.${kind}`;

/**
 * Why a file cannot be read (or its rows cannot be imported), with the translated message to show (`t(messageKey, params)`).
 * Crosses the worker boundary as `SpreadsheetErrorData`.
 */
export class SpreadsheetError extends Error {
  readonly kind: SpreadsheetErrorKind;
  readonly messageKey: string;
  readonly params: Record<string, string | number>;

  constructor(kind: SpreadsheetErrorKind, params: Record<string, string | number> = {}) {
    const messageKey = messageKeyOf(kind);
    super(messageKey);
    this.name = 'SpreadsheetError';
    this.kind = kind;
    this.messageKey = messageKey;
    this.params = kind === 'tooLarge' ? { limit: MAX_FILE_BYTES / (1024 * 1024), ...params } : params;
  }

  toData(): SpreadsheetErrorData {
    return { kind: this.kind, messageKey: this.messageKey, params: this.params };
  }

  static fromData(data: SpreadsheetErrorData): SpreadsheetError {
    return new SpreadsheetError(data.kind, data.params);
  }
}

export const isSpreadsheetError = (e: unknown): e is SpreadsheetError => e instanceof SpreadsheetError;

export const isSpreadsheetErrorData = (d: unknown): d is SpreadsheetErrorData =>
  typeof d === 'object' &&
  d !== null &&
  (SPREADSHEET_ERROR_KINDS as readonly string[]).includes((d as { kind?: string }).kind ?? '');
