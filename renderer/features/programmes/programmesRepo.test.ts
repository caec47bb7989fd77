import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import { createProgramme, getProgramme, listProgrammes, setProgrammeActive, updateProgramme } from './programmesRepo';
import { createModule, deleteModule, listModules, moveModule } from './curriculumRepo';
import { DEFAULT_MODULES } from './defaultCurriculum';

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

describe('a new programme starts with a curriculum', () => {
  const names = async (programmeId: string) => (await listModules(programmeId)).map((m) => m.name);

  it('starts empty unless asked otherwise', async () => {
    const id = await createProgramme({ name: 'Housing First', codePrefix: 'HF' }, { curriculum: { kind: 'empty' } });
    expect(await listModules(id)).toEqual([]);
    expect(await listModules(await createProgramme({ name: 'Youth', codePrefix: 'YM' }))).toEqual([]);
  });

  it('gets the default curriculum in the language chosen', async () => {
    const id = await createProgramme(
      { name: 'Housing First', codePrefix: 'HF' },
      { curriculum: { kind: 'default', language: 'hu' } },
    );
    const modules = await listModules(id);
    expect(modules.map((m) => [m.requiredHours, m.mandatory, m.order])).toEqual(
      DEFAULT_MODULES.map((m, i) => [m.requiredHours, m.mandatory, i]),
    );
    expect(modules[0]?.name).toBe('Elméleti alapok');
  });

  it('copies the live modules of another programme in their order, as new modules of its own', async () => {
    const from = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
    await createModule({
      programmeId: from,
      name: 'Theory',
      description: 'Basics',
      requiredHours: 12,
      mandatory: true,
    });
    const gone = await createModule({ programmeId: from, name: 'Old module', requiredHours: 2, mandatory: false });
    await createModule({ programmeId: from, name: 'Crisis response', requiredHours: 6, mandatory: false });
    await deleteModule(gone.id);
    const crisis = (await listModules(from)).find((m) => m.name === 'Crisis response')!;
    await moveModule(crisis.id, 'up');
    const id = await createProgramme(
      { name: 'Youth peer mentoring', codePrefix: 'YM' },
      { curriculum: { kind: 'copy', fromProgrammeId: from } },
    );
    const copied = await listModules(id);
    expect(copied.map((m) => [m.name, m.description, m.requiredHours, m.mandatory, m.order])).toEqual([
      ['Crisis response', '', 6, false, 0],
      ['Theory', 'Basics', 12, true, 1],
    ]);
    expect(copied.every((m) => m.programmeId === id)).toBe(true);
    const source = await listModules(from);
    expect(copied.some((c) => source.some((s) => s.id === c.id))).toBe(false);
    // The copy is the new programme's own: changing it leaves the source as it was.
    await deleteModule(copied[0]!.id);
    expect(await names(from)).toEqual(['Crisis response', 'Theory']);
  });

  it('writes neither programme nor modules when the prefix is taken or the programme to copy is gone', async () => {
    const from = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
    await createModule({ programmeId: from, name: 'Theory', requiredHours: 12, mandatory: true });
    await expect(
      createProgramme({ name: 'Other', codePrefix: 'HF' }, { curriculum: { kind: 'default', language: 'en' } }),
    ).rejects.toThrow('errors.duplicatePrefix');
    await expect(
      createProgramme(
        { name: 'Other', codePrefix: 'OT' },
        { curriculum: { kind: 'copy', fromProgrammeId: crypto.randomUUID() } },
      ),
    ).rejects.toThrow('errors.sourceNotFound');
    expect(await db.programmes.count()).toBe(1);
    expect(await db.modules.count()).toBe(1);
  });
});
