import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../../db/testing';
import { createMentor } from '../../mentors/mentorsRepo';
import { createProgramme } from '../../programmes/programmesRepo';
import { saveAttendance } from '../../sessions/attendanceRepo';
import { createSession } from '../../sessions/sessionsRepo';
import { createShadowing } from '../shadowingRepo';
import { createModule } from '../../programmes/curriculumRepo';
import { loadCertificate } from './certificateData';

/** Real repositories on fake-indexeddb: what the printed certificate gets to see. */

describe('certificate data', () => {
  beforeEach(resetDatabase);

  it('certifies completed modules with hours, and all shadowing hours', async () => {
    const programmeId = await createProgramme({ name: 'Youth', codePrefix: 'YM' });
    const mentorId = await createMentor({
      givenName: 'Aino',
      familyName: 'Laine',
      programmeIds: [programmeId],
      preferredLanguage: 'fi',
    });
    const theory = await createModule({ programmeId, name: 'Theory', requiredHours: 4 });
    const crisis = await createModule({ programmeId, name: 'Crisis response', requiredHours: 6 });
    await createModule({ programmeId, name: 'Welcome (no hours)', requiredHours: 0 });
    const training = await createSession({
      title: 'Theory day',
      kind: 'training',
      subKind: 'course',
      date: '2026-10-01',
      startTime: '09:00',
      endTime: '13:00',
      expected: [{ kind: 'mentor', id: mentorId }],
      moduleIds: [theory.id],
    });
    await saveAttendance(training.id, [{ personKind: 'mentor', personId: mentorId, status: 'present', hours: 4 }]);
    await createShadowing({
      mentorId,
      date: '2026-10-05',
      hours: 2,
      area: 'Outreach',
      professionalName: 'Dr. Kiss',
      moduleIds: [crisis.id],
    });
    await createShadowing({ mentorId, date: '2026-10-06', hours: 1.5, area: 'Court', professionalName: 'Judge Nagy' });

    const data = await loadCertificate(mentorId);
    expect(data?.mentor).toMatchObject({ givenName: 'Aino', familyName: 'Laine', preferredLanguage: 'fi' });
    expect(data?.modules).toEqual([
      { moduleId: theory.id, name: 'Theory', hours: 4, requiredHours: 4, completedOn: '2026-10-01' },
    ]);
    expect(data?.shadowingHours).toBe(3.5);
    expect(await loadCertificate(crypto.randomUUID())).toBeNull();
  });
});
