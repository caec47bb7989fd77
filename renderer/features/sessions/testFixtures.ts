import { db } from '../../db/db';
import {
  MentorInputSchema,
  MentorSchema,
  mentorDerived,
  type Mentor,
  type MentorStatus,
} from '../../../shared/domain/mentor';
import type { SessionInput } from '../../../shared/domain/session';

/** Test helpers: a stored mentor in a given status, and a valid session input. */
export const addMentor = async (
  givenName: string,
  familyName: string,
  status: MentorStatus = 'active',
): Promise<Mentor> => {
  const now = new Date().toISOString();
  const input = MentorInputSchema.parse({ givenName, familyName });
  const mentor = MentorSchema.parse({
    ...input,
    ...mentorDerived(input),
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    status,
    statusHistory: [{ status, date: '2026-01-01' }],
    exitDate: null,
  });
  await db.mentors.add(mentor);
  return mentor;
};

export const sessionInput = (over: Partial<SessionInput> = {}): SessionInput => ({
  title: 'Case discussion',
  kind: 'supervision',
  subKind: 'caseDiscussion',
  date: '2026-11-10',
  startTime: '17:00',
  endTime: '18:30',
  ...over,
});
