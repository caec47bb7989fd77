import type { z } from 'zod';
import { ConsentSchema } from './consent';
import { ContactSchema } from './contact';
import { MenteeSchema } from './mentee';
import { MentorSchema } from './mentor';
import { ContactLogSchema, PairingSchema } from './pairing';
import { ProgrammeSchema } from './programme';
import { AttendanceSchema, SessionSchema } from './session';
import { SettingsSchema } from './settings';
import { ModuleSchema, ShadowingSchema } from './training';

/**
 * Every table of domain data and the schema its records must satisfy. The database, the
 * backup writer and the backup reader all iterate this one list, so a new table cannot be
 * forgotten by one of them.
 */
export const DOMAIN_TABLES = {
  settings: SettingsSchema,
  programmes: ProgrammeSchema,
  mentors: MentorSchema,
  mentees: MenteeSchema,
  contacts: ContactSchema,
  modules: ModuleSchema,
  shadowing: ShadowingSchema,
  sessions: SessionSchema,
  attendance: AttendanceSchema,
  pairings: PairingSchema,
  contactLogs: ContactLogSchema,
  consents: ConsentSchema,
} as const satisfies Record<string, z.ZodType>;

export type DomainTableName = keyof typeof DOMAIN_TABLES;
export const DOMAIN_TABLE_NAMES = Object.keys(DOMAIN_TABLES) as DomainTableName[];
export type DomainRecord<T extends DomainTableName> = z.infer<(typeof DOMAIN_TABLES)[T]>;
