import { z } from 'zod';

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

export const LanguageSchema = z.enum(['en', 'hu', 'fi', 'sr-Latn', 'sr-Cyrl']);
export type Language = z.infer<typeof LanguageSchema>;
export const SUPPORTED_LANGUAGES: readonly Language[] = LanguageSchema.options;

/** Fields every stored record carries: a stable id, timestamps, and a tombstone for merges. */
export const RecordMetaSchema = z.object({
  id: IdSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** Soft delete: set instead of removing the row, so a merge can carry the deletion. */
  deletedAt: IsoDateTimeSchema.nullable(),
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
