import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DOMAIN_TABLES } from '../domain';
import { RecordMetaSchema } from '../domain/base';

/** shared/domain/PRIVACY.md decides, for every field of every table, what erasure does to it. */
const doc = readFileSync(new URL('../domain/PRIVACY.md', import.meta.url), 'utf8');

/** The top-level fields of a table's schema (refined schemas keep their object inside). */
const fieldsOf = (schema: z.ZodType): string[] => {
  let s = schema as unknown as { shape?: Record<string, unknown>; _zod: { def: { in?: unknown; schema?: unknown } } };
  for (let i = 0; i < 5 && !s.shape; i++) s = (s._zod.def.in ?? s._zod.def.schema) as typeof s;
  return Object.keys(s.shape ?? {});
};

/** The fields named in list items of the section whose heading names `table`. */
const listedFor = (table: string): Set<string> => {
  const listed = new Set<string>();
  for (const section of doc.split(/^## /m).slice(1)) {
    const heading = section.split('\n')[0] ?? '';
    if (!heading.includes(`\`${table}\``)) continue;
    for (const line of section.split('\n').filter((l) => l.startsWith('- ')))
      for (const m of line.split(' — ')[0]!.matchAll(/`([A-Za-z]+)`/g)) listed.add(m[1]!);
  }
  return listed;
};

describe('PRIVACY.md', () => {
  const meta = new Set(Object.keys(RecordMetaSchema.shape));
  for (const [table, schema] of Object.entries(DOMAIN_TABLES))
    it(`lists every field of ${table}`, () => {
      const fields = fieldsOf(schema).filter((f) => !meta.has(f));
      expect(fields.length).toBeGreaterThan(0);
      const listed = listedFor(table);
      expect(fields.filter((f) => !listed.has(f))).toEqual([]);
    });
});
