import { z } from 'zod';
import { HLC_PATTERN } from '../sync/hlc';

/**
 * Building blocks shared by every aggregate. Error messages are i18n keys (namespace
 * `common`, prefix `validation.`), never English sentences: the renderer translates them.
 */
export const IdSchema = z.uuid({ error: 'validation.id' });
/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date({ error: 'validation.date' });
/** An instant, ISO 8601 with offset (what `new Date().toISOString()` gives). */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true, error: 'validation.dateTime' });
/** A time of day, `HH:mm`. */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });

export const requiredText = (max = 200) =>
  z.string().trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });
export const optionalText = (max = 2000) => z.string().trim().max(max, { error: 'validation.tooLong' }).default('');
export const EmailSchema = z.union([z.literal(''), z.email({ error: 'validation.email' })]).default('');
export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^[+()0-9 \-/.]*$/, { error: 'validation.phone' })
  .max(40, { error: 'validation.tooLong' })
  .default('');

/**
 * The type error of a number a form edits: a NumberField gives null when it is empty (so the
 * field is "required", never a silent 0 or default) and NaN for text that is not a number.
 */
export const numberError = (issue: { input?: unknown }): string =>
  issue.input === undefined || issue.input === null ? 'validation.required' : 'validation.number';

export const LanguageSchema = z.enum(['en', 'hu', 'fi', 'sr-Latn', 'sr-Cyrl']);
export type Language = z.infer<typeof LanguageSchema>;
export const SUPPORTED_LANGUAGES: readonly Language[] = LanguageSchema.options;

/** A hybrid-logical-clock stamp (shared/sync/hlc.ts): when and on which PC something changed. */
export const StampSchema = z.string().regex(HLC_PATTERN, { error: 'validation.stamp' });
/** The stamp of an entry of a merged list (status history, goals, follow-ups): set by the write path. */
export const EntryStampSchema = StampSchema.optional();

/**
 * Fields every stored record carries: a stable id, timestamps, and a tombstone for merges.
 * The write path (renderer/db/writePath.ts) sets `updatedAt` and the three merge fields on every
 * write; they are optional here so that repositories and forms can build records without them.
 */
export const RecordMetaSchema = z.object({
  id: IdSchema,
  createdAt: IsoDateTimeSchema,
  /** The wall-clock part of the record's newest stamp: when it last changed, for people to read. */
  updatedAt: IsoDateTimeSchema,
  /** Soft delete: set instead of removing the row, so a merge can carry the deletion. */
  deletedAt: IsoDateTimeSchema.nullable(),
  /** The stamp of every field not in `fieldStamps`: when the record was made (MERGING.md). */
  baseStamp: StampSchema.optional(),
  /** The stamp of each field changed since the record was made. */
  fieldStamps: z.record(z.string(), StampSchema).optional(),
  /** A digest of the record's content and stamps: equal revs, equal records (a merge skips those). */
  rev: z
    .string()
    .regex(/^[0-9a-f]{16}$/, { error: 'validation.invalid' })
    .optional(),
});
export type RecordMeta = z.infer<typeof RecordMetaSchema>;

/** Who a person reference points at. Walk-ins exist only on attendance rows. */
export const PersonKindSchema = z.enum(['mentor', 'mentee', 'contact']);
export type PersonKind = z.infer<typeof PersonKindSchema>;
export const PersonRefSchema = z.object({ kind: PersonKindSchema, id: IdSchema });
export type PersonRef = z.infer<typeof PersonRefSchema>;

/**
 * Lower-case, accent-free word prefixes used by the multi-entry `searchTokens` indexes, so a
 * search keystroke is an index range scan ("kov" finds "Kovács", "aho" finds "Ahonen").
 */
export const normaliseForSearch = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

export const searchTokensOf = (...parts: (string | null | undefined)[]): string[] => {
  const words = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const w of normaliseForSearch(part).split(/[\s,;@.()/\-+]+/)) if (w) words.add(w);
  }
  return [...words];
};
