import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import en from '../../../locales/en/training.json';
import hu from '../../../locales/hu/training.json';
import type { Mentor } from '../../../shared/domain/mentor';
import type { TrainingModule } from '../../../shared/domain/training';
import { computeMentorProgress } from '../../../shared/training/progress';
import { csvBytes } from '../../lib/csv';
import { overviewCsvRows } from './overviewCsv';

const t = (() => {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { training: en }, hu: { training: hu } },
    lng: 'en',
    ns: ['training'],
    defaultNS: 'training',
    initAsync: false,
  });
  return instance.t;
})();

const P1 = 'p1';
const P2 = 'p2';
const mod = (id: string, programmeId: string, name: string): TrainingModule => ({
  id,
  programmeId,
  name,
  description: '',
  requiredHours: 2,
  mandatory: true,
  order: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
});
const mentor = (id: string, givenName: string, familyName: string, programmeIds: string[]) =>
  ({ id, givenName, familyName, programmeIds, status: 'inTraining' }) as unknown as Mentor;

describe('overviewCsvRows', () => {
  const modules = [mod('a', P1, 'Elmélet, alapok'), mod('b', P2, 'Krízis')];
  const anna = mentor('m1', 'Anna', 'Kovács', [P1]);
  const progress = computeMentorProgress({
    mentorId: 'm1',
    modules: [modules[0]!],
    sessions: [{ id: 's', kind: 'training', date: '2026-03-01', moduleIds: ['a'], deletedAt: null }],
    attendance: [{ sessionId: 's', personId: 'm1', status: 'present', hours: 2.5, deletedAt: null }],
    shadowing: [],
  });
  const programmeNames = new Map([
    [P1, 'Housing First'],
    [P2, 'Áldozatsegítés'],
  ]);

  it('writes one line per mentor with hours and completion per module, blank where the module is not theirs', () => {
    const rows = overviewCsvRows({ modules, rows: [{ mentor: anna, progress }], lng: 'hu', t, programmeNames });
    expect(rows[0]).toEqual([
      'Családi név',
      'Utónév',
      'Állapot',
      'Programok',
      'Felkészült',
      'Felkészült ekkor óta',
      'Képzési órák',
      'Kísérési órák',
      'Housing First: Elmélet, alapok (óra)',
      'Housing First: Elmélet, alapok (teljesítve)',
      'Áldozatsegítés: Krízis (óra)',
      'Áldozatsegítés: Krízis (teljesítve)',
    ]);
    expect(rows[1]).toEqual([
      'Kovács',
      'Anna',
      'Képzésben',
      'Housing First',
      'igen',
      '2026-03-01',
      2.5,
      0,
      2.5,
      '2026-03-01',
      '',
      '',
    ]);
  });

  it('becomes a CSV Excel opens in Hungarian: BOM, semicolons, decimal comma, quoted when needed', () => {
    const rows = overviewCsvRows({ modules, rows: [{ mentor: anna, progress }], lng: 'hu', t, programmeNames });
    const text = new TextDecoder().decode(csvBytes(rows, 'hu'));
    const [header, line] = text.split('\r\n');
    expect(header?.startsWith('Családi név;Utónév;')).toBe(true);
    expect(line).toBe('Kovács;Anna;Képzésben;Housing First;igen;2026-03-01;2,5;0;2,5;2026-03-01;;');
    // In English the comma in a module name forces quotes.
    const enText = new TextDecoder().decode(
      csvBytes(overviewCsvRows({ modules, rows: [], lng: 'en', t, programmeNames }), 'en'),
    );
    expect(enText).toContain('"Housing First: Elmélet, alapok (hours)"');
  });
});
