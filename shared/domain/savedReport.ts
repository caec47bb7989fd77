import { z } from 'zod';
import { FIGURES, FIGURE_UNITS, REPORT_SECTIONS, type FigureKey } from '../reports/activity';
import { IdSchema, IsoDateSchema, RecordMetaSchema, optionalText, requiredText } from './base';

/**
 * A report as it was sent to a funder, frozen: the figures are copied, never recomputed, so
 * what was reported stays on record whatever is corrected in the data later. Opening one shows
 * them beside what the data says now for the same period.
 */
const FIGURE_KEYS = Object.values(FIGURES).flat() as [FigureKey, ...FigureKey[]];

export const ReportRowSchema = z.object({
  id: z.string().min(1).max(400),
  section: z.enum(REPORT_SECTIONS),
  figure: z.enum(FIGURE_KEYS),
  detail: z
    .union([
      z.object({ key: z.string().max(200) }),
      z.object({ text: z.string().max(300) }),
      z.object({ none: z.literal(true) }),
    ])
    .nullable(),
  value: z.number().finite(),
  unit: z.enum(FIGURE_UNITS),
});

export const SavedReportInputSchema = z.object({
  /** The day it was sent. */
  sentOn: IsoDateSchema,
  /** Who it went to ("the Foundation"). */
  recipient: requiredText(200),
  note: optionalText(1000),
});
export type SavedReportInput = z.input<typeof SavedReportInputSchema>;

export const SavedReportSchema = RecordMetaSchema.extend(SavedReportInputSchema.shape).extend({
  period: z
    .object({ from: IsoDateSchema, to: IsoDateSchema })
    .refine((p) => p.from <= p.to, { error: 'validation.periodOrder' }),
  programmeId: IdSchema.nullable(),
  /** The programme's name when sent (kept: a programme may be renamed later). */
  programmeName: z.string().max(200),
  /** Whether counts of 1–4 were shown as "fewer than 5" in what was sent. */
  smallNumbersHidden: z.boolean(),
  rows: z.array(ReportRowSchema).max(5000),
});
export type SavedReport = z.infer<typeof SavedReportSchema>;
