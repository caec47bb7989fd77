import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/*
 * The layers' rules, read from the code's own imports (README, For developers): the features form
 * a tree under renderer/app/, never a knot; a feature reaches another only through its index.ts;
 * and shared/ is plain TypeScript. ESLint's zones (eslint.config.js) keep most of this file by
 * file; this test also reads dynamic `import()`s and sees the whole graph, which a rule about one
 * file cannot.
 */

const root = join(__dirname, '../..');
const features = join(root, 'renderer/features');

/** Every source file under `dir`, tests aside (a test may set up data through any feature). */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });

/** What a file imports: `import … from`, `export … from`, `import '…'` and `import('…')`. */
const importsOf = (code: string): string[] => [
  ...[...code.matchAll(/(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g)].map(
    (m) => m[1]!,
  ),
  ...[...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!),
];

/** The feature a path lies in and the path inside it ('' for the feature's folder: its index). */
const featureOf = (path: string): { feature: string; inside: string } | null => {
  const rel = relative(features, path);
  if (rel.startsWith('..')) return null;
  const [feature = '', ...rest] = rel.split(sep);
  return { feature, inside: rest.join('/').replace(/\.tsx?$/, '') };
};

type Edge = { from: string; to: string; file: string; target: string };

/** Imports from one feature into another, each with the file that makes it. */
const featureImports = (): Edge[] =>
  sources(features).flatMap((file) => {
    const from = featureOf(file)!.feature;
    return importsOf(readFileSync(file, 'utf8')).flatMap((spec) => {
      if (!spec.startsWith('.')) return [];
      const to = featureOf(resolve(dirname(file), spec));
      return to && to.feature !== from
        ? [{ from, to: to.feature, file: relative(root, file), target: to.inside || 'index' }]
        : [];
    });
  });

/** A cycle of the graph as a path that ends where it starts, or null. Depth first, in key order. */
const findCycle = (graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | null => {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    const at = path.indexOf(node);
    if (at >= 0) return [...path.slice(at), node];
    if (done.has(node)) return null;
    path.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(node);
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
};

const graphOf = (edges: readonly Edge[]): Map<string, Set<string>> => {
  const graph = new Map<string, Set<string>>();
  for (const e of edges) graph.set(e.from, (graph.get(e.from) ?? new Set()).add(e.to));
  return graph;
};

describe('the import graph', () => {
  it('reads every kind of import, and finds a cycle where there is one', () => {
    const code = [
      "import { a } from './a';",
      "import type {\n  B,\n  C,\n} from '../b';",
      "export { d } from '../d';",
      "import './e.css';",
      "const F = lazy(() => import('../f/F'));",
      "const g = 'import nothing';",
    ].join('\n');
    expect(importsOf(code)).toEqual(['./a', '../b', '../d', './e.css', '../f/F']);

    const tree = new Map([
      ['a', new Set(['b', 'c'])],
      ['b', new Set(['c'])],
    ]);
    expect(findCycle(tree)).toBeNull();
    expect(findCycle(new Map([...tree, ['c', new Set(['a'])]]))).toEqual(['a', 'b', 'c', 'a']);
  });

  it('has no feature-to-feature cycle: the features form a tree under the app', () => {
    const edges = featureImports();
    expect(edges.length).toBeGreaterThan(0);
    const cycle = findCycle(graphOf(edges));
    const evidence = (cycle ?? []).slice(1).map((to, i) => {
      const from = cycle![i]!;
      const e = edges.find((x) => x.from === from && x.to === to)!;
      return `${from} -> ${to} (${e.file})`;
    });
    expect(evidence, 'a cycle of features').toEqual([]);
  });

  it('reaches another feature only through its index.ts, and never imports the app', () => {
    const internals = featureImports()
      .filter((e) => e.target !== 'index')
      .map((e) => `${e.file} -> ${e.to}/${e.target}`);
    expect(internals).toEqual([]);
    const app = join(root, 'renderer/app');
    const intoApp = sources(features).filter((file) =>
      importsOf(readFileSync(file, 'utf8')).some(
        (spec) => spec.startsWith('.') && !relative(app, resolve(dirname(file), spec)).startsWith('..'),
      ),
    );
    expect(intoApp.map((f) => relative(root, f))).toEqual([]);
  });

  it('keeps shared/ plain: nothing from renderer/, electron/, React or Dexie', () => {
    const forbidden = (file: string, spec: string) =>
      /^(react|react-dom|dexie|dexie-react-hooks|electron)(\/|$)/.test(spec) ||
      (spec.startsWith('.') && /^(renderer|electron)(\/|$)/.test(relative(root, resolve(dirname(file), spec))));
    const found = sources(join(root, 'shared')).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => forbidden(file, spec))
        .map((spec) => `${relative(root, file)} -> ${spec}`),
    );
    expect(found).toEqual([]);
  });
});
