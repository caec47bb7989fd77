import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import { createProgramme, getProgramme, listProgrammes, setProgrammeActive, updateProgramme } from './programmesRepo';

beforeEach(resetDatabase);

describe('programmesRepo', () => {
  it('creates programmes with an upper-case prefix, listed by name', async () => {
    await createProgramme({ name: 'Youth peer mentoring', codePrefix: 'ym' });
    await createProgramme({ name: 'Housing First peer support', codePrefix: 'HF' });
    expect((await listProgrammes()).map((p) => `${p.name}:${p.codePrefix}`)).toEqual([
      'Housing First peer support:HF',
      'Youth peer mentoring:YM',
    ]);
  });

  it('refuses a bad or duplicate prefix and writes nothing', async () => {
    await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
    await expect(createProgramme({ name: 'Other', codePrefix: 'H1' })).rejects.toBeInstanceOf(ZodError);
    await expect(createProgramme({ name: 'Other', codePrefix: 'hf' })).rejects.toThrow('errors.duplicatePrefix');
    expect(await db.programmes.count()).toBe(1);
  });

  it('edits, and deactivates without deleting', async () => {
    const id = await createProgramme({ name: 'Victim support', codePrefix: 'VS' });
    await updateProgramme(id, { name: 'Victim support (Szeged)', codePrefix: 'VS' });
    await setProgrammeActive(id, false);
    expect(await listProgrammes()).toEqual([]);
    expect(await listProgrammes({ includeInactive: true })).toHaveLength(1);
    expect(await getProgramme(id)).toMatchObject({ name: 'Victim support (Szeged)', active: false });
  });
});
