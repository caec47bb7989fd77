import { z } from 'zod';
import {
  EntryStampSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LanguageSchema,
  PersonRefSchema,
  RecordMetaSchema,
  TimeOfDaySchema,
  optionalText,
  requiredText,
  numberError,
} from './base';

export const SessionKindSchema = z.enum(['training', 'supervision', 'group', 'event']);
export type SessionKind = z.infer<typeof SessionKindSchema>;

export const SUB_KINDS = {
  training: ['course', 'workshop'],
  supervision: ['caseDiscussion', 'individual', 'team', 'crisisDebrief'],
  group: ['peerLed', 'volunteerLed', 'professionalLed'],
  event: ['roundtable', 'multiplier', 'openDay', 'other'],
} as const satisfies Record<SessionKind, readonly string[]>;
export const SubKindSchema = z.enum([
  ...SUB_KINDS.training,
  ...SUB_KINDS.supervision,
  ...SUB_KINDS.group,
  ...SUB_KINDS.event,
]);
export type SubKind = z.infer<typeof SubKindSchema>;

/** A group case discussion holds at most this many people (seed 001). */
export const CASE_DISCUSSION_CAPACITY = 10;

export const FollowUpSchema = z.object({
  id: IdSchema,
  text: requiredText(500),
  owner: optionalText(200),
  dueDate: IsoDateSchema.nullable().default(null),
  done: z.boolean().default(false),
  stamp: EntryStampSchema,
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

const SessionFieldsSchema = z.object({
  title: requiredText(200),
  kind: SessionKindSchema,
  subKind: SubKindSchema,
  programmeId: IdSchema.nullable().default(null),
  date: IsoDateSchema,
  startTime: TimeOfDaySchema,
  endTime: TimeOfDaySchema,
  place: optionalText(300),
  facilitators: z.array(PersonRefSchema).default([]),
  capacity: z
    .number({ error: numberError })
    .int({ error: 'validation.integer' })
    .min(1)
    .max(1000)
    .nullable()
    .default(null),
  topic: optionalText(1000),
  expected: z.array(PersonRefSchema).default([]),
  /** Never printed, never exported in lists; shown only when asked for. */
  confidentialNotes: optionalText(10000),
  followUps: z.array(FollowUpSchema).default([]),
  /** Training sessions: the curriculum modules they teach. */
  moduleIds: z.array(IdSchema).default([]),
  /** Language of printed sheets; null = the app's. */
  language: LanguageSchema.nullable().default(null),
});

/** Rules across fields, applied to form input and stored records alike. */
const checkSession = (
  s: { kind: SessionKind; subKind: SubKind; startTime: string; endTime: string },
  ctx: z.RefinementCtx,
) => {
  if (!(SUB_KINDS[s.kind] as readonly string[]).includes(s.subKind))
    ctx.addIssue({ code: 'custom', message: 'validation.subKind', path: ['subKind'] });
  if (s.endTime <= s.startTime)
    ctx.addIssue({ code: 'custom', message: 'validation.endAfterStart', path: ['endTime'] });
};

export const SessionInputSchema = SessionFieldsSchema.superRefine(checkSession);
export type SessionInput = z.input<typeof SessionInputSchema>;

export const SessionSchema = RecordMetaSchema.extend(SessionFieldsSchema.shape)
  .extend({
    /** Sessions made by "repeat" share a series id. */
    seriesId: IdSchema.nullable(),
    /** Warnings the coordinator went past, kept for the record (e.g. over capacity). */
    warnings: z.array(
      z.object({
        kind: z.enum(['overCapacity']),
        at: IsoDateTimeSchema,
        count: z.number().int(),
        stamp: EntryStampSchema,
      }),
    ),
    /** Derived for the multi-entry indexes (filter by facilitator / participant). */
    facilitatorIds: z.array(IdSchema),
    expectedIds: z.array(IdSchema),
  })
  .superRefine(checkSession);
export type Session = z.infer<typeof SessionSchema>;

export const AttendanceStatusSchema = z.enum(['present', 'excused', 'absent']);
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

const AttendanceFieldsSchema = z.object({
  sessionId: IdSchema,
  personKind: z.enum(['mentor', 'mentee', 'contact', 'walkIn']),
  /** Null only for a walk-in typed by name. */
  personId: IdSchema.nullable().default(null),
  walkInName: optionalText(200),
  status: AttendanceStatusSchema,
  hours: z.number({ error: numberError }).min(0, { error: 'validation.min0' }).max(24),
});
const checkAttendance = (
  a: { personKind: string; personId: string | null; walkInName: string },
  ctx: z.RefinementCtx,
) => {
  if (a.personKind === 'walkIn' ? a.walkInName.length === 0 : a.personId === null)
    ctx.addIssue({ code: 'custom', message: 'validation.attendancePerson', path: ['personId'] });
};
export const AttendanceInputSchema = AttendanceFieldsSchema.superRefine(checkAttendance);
export type AttendanceInput = z.input<typeof AttendanceInputSchema>;

export const AttendanceSchema = RecordMetaSchema.extend(AttendanceFieldsSchema.shape)
  .extend({
    /** Copied from the session so that per-person queries use an index, not a join. */
    sessionDate: IsoDateSchema,
    sessionKind: SessionKindSchema,
  })
  .superRefine(checkAttendance);
export type Attendance = z.infer<typeof AttendanceSchema>;
