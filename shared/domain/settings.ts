import { z } from 'zod';
import { LanguageSchema, RecordMetaSchema, numberError, optionalText, requiredText } from './base';

/** The organisation's requirement rules; the dashboard shows what breaks them today. */
export const RulesSchema = z.object({
  /** An active mentor attends supervision at least every N weeks. */
  supervisionEveryWeeks: z
    .number({ error: numberError })
    .int({ error: 'validation.integer' })
    .min(1)
    .max(52)
    .default(4),
  /** Contacts an active pairing needs in its first month. */
  firstMonthMinContacts: z
    .number({ error: numberError })
    .int({ error: 'validation.integer' })
    .min(0)
    .max(31)
    .default(2),
  /** After the first month, an active pairing has a contact at least every N days. */
  contactEveryDays: z.number({ error: numberError }).int({ error: 'validation.integer' }).min(1).max(365).default(30),
  /** Mandatory modules complete before a mentor becomes active (else a confirmed override). */
  mandatoryModulesBeforeActive: z.boolean().default(true),
  /** A backup at least every N days. */
  backupEveryDays: z.number({ error: numberError }).int({ error: 'validation.integer' }).min(1).max(365).default(7),
  /** "Undo last import" stays possible this many days after the import. */
  undoKeepDays: z.number({ error: numberError }).int({ error: 'validation.integer' }).min(1).max(365).default(30),
  /** People whose involvement ended more than N years ago are proposed for erasure. */
  retentionYears: z.number({ error: numberError }).int({ error: 'validation.integer' }).min(1).max(30).default(5),
  /** A pairing's first check-in falls this many months after its start … */
  checkInFirstAfterMonths: z
    .number({ error: numberError })
    .int({ error: 'validation.integer' })
    .min(1)
    .max(24)
    .default(1),
  /** … and each next one this many months after the latest (a programme may set its own). */
  checkInEveryMonths: z.number({ error: numberError }).int({ error: 'validation.integer' }).min(1).max(24).default(2),
  /**
   * Needs support now (issue 25, shared/care/needsSupport.ts): this many crisis contacts within
   * `careCrisisDays` and no supervision since the first flag a mentor (0 = off) …
   */
  careCrisisCount: z.number({ error: numberError }).int({ error: 'validation.integer' }).min(0).max(20).default(2),
  careCrisisDays: z.number({ error: numberError }).int({ error: 'validation.integer' }).min(1).max(365).default(30),
  /** … a wellbeing score that fell by at least this many points (0 = off) … */
  careWellbeingDrop: z.number({ error: numberError }).int({ error: 'validation.integer' }).min(0).max(4).default(1),
  /** … more active pairings than the mentor's capacity … */
  careOverCapacity: z.boolean().default(true),
  /** … no supervision for `supervisionEveryWeeks`. */
  careSupervisionOverdue: z.boolean().default(true),
  /** A mentor's wellbeing check-in every N months, and within N days after a crisis contact. */
  wellbeingEveryMonths: z.number({ error: numberError }).int({ error: 'validation.integer' }).min(1).max(24).default(3),
  wellbeingAfterCrisisDays: z
    .number({ error: numberError })
    .int({ error: 'validation.integer' })
    .min(1)
    .max(90)
    .default(14),
});
export type Rules = z.infer<typeof RulesSchema>;

export const SettingsInputSchema = z.object({
  organisationName: requiredText(200),
  address: optionalText(500),
  /** A small image as a data: URL, shown on printed sheets. */
  logoDataUrl: z
    .string()
    .regex(/^data:image\/(png|jpeg|svg\+xml|webp);base64,[A-Za-z0-9+/=]+$/, { error: 'validation.logo' })
    .max(700_000, { error: 'validation.logoTooLarge' })
    .nullable()
    .default(null),
  defaultLanguage: LanguageSchema.default('en'),
  rules: RulesSchema.default(RulesSchema.parse({})),
});
export type SettingsInput = z.input<typeof SettingsInputSchema>;

/** There is one settings record, under this fixed id, so that merges compare like with like. */
export const SETTINGS_ID = '00000000-0000-4000-8000-000000000001';
export const SettingsSchema = RecordMetaSchema.extend(SettingsInputSchema.shape);
export type Settings = z.infer<typeof SettingsSchema>;
