import type { ZodType } from 'zod';

/**
 * Whether a stored draft still fits its form. A draft is half-typed, so a required field left
 * empty or an address not finished is fine; what does not fit is what an upgrade of Tandem can
 * cause: a field the form no longer has (its text would vanish on restore), a value of another
 * type, or a choice the form no longer offers. Such a draft is offered as text to copy instead.
 */

export type DraftFit = { fits: true; values: Record<string, unknown> } | { fits: false; text: string };

type Def = {
  type: string;
  shape?: Record<string, ZodType>;
  catchall?: ZodType;
  innerType?: ZodType;
  in?: ZodType;
  element?: ZodType;
  valueType?: ZodType;
};

const defOf = (schema: ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema under optional/default/…/pipe wrappers (a refined object stays an object in zod 4). */
const unwrap = (schema: ZodType): Def => {
  let def = defOf(schema);
  for (let i = 0; i < 20; i++) {
    if (WRAPPERS.has(def.type) && def.innerType) def = defOf(def.innerType);
    else if (def.type === 'pipe' && def.in) def = defOf(def.in);
    else break;
  }
  return def;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths of values in the draft that the schema has no field for. */
const unknownPaths = (schema: ZodType, value: unknown, path: string[] = []): string[] => {
  const def = unwrap(schema);
  if (def.type === 'object' && def.shape && isPlainObject(value)) {
    const shape = def.shape;
    return Object.entries(value).flatMap(([k, v]) => {
      const field = shape[k];
      if (field) return unknownPaths(field, v, [...path, k]);
      return def.catchall || isEmpty(v) ? [] : [[...path, k].join('.')];
    });
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    return value.flatMap((v, i) => unknownPaths(element, v, [...path, String(i)]));
  }
  if (def.type === 'record' && def.valueType && isPlainObject(value)) {
    const valueType = def.valueType;
    return Object.entries(value).flatMap(([k, v]) => unknownPaths(valueType, v, [...path, k]));
  }
  return [];
};

const isEmpty = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

const at = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (isPlainObject(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    value,
  );

/** Issues that say the draft's shape is not the form's (the others are those of typing half way). */
const MISFIT = new Set([
  'invalid_type',
  'invalid_value',
  'invalid_union',
  'unrecognized_keys',
  'invalid_key',
  'invalid_element',
]);

/** A draft as lines of `field: value` to copy, empty fields left out. Never throws. */
export const draftAsText = (raw: unknown): string => {
  const lines: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (isEmpty(v)) return;
    if (Array.isArray(v) && v.every((x) => !isPlainObject(x) && !Array.isArray(x))) {
      lines.push(`${path}: ${v.map(String).join(', ')}`);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i + 1}`));
    else if (isPlainObject(v)) for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    else if (typeof v === 'string' && v.includes('\n')) lines.push(`${path}:\n${v}`);
    else lines.push(`${path}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  };
  try {
    walk(raw, '');
  } catch {
    return String(raw);
  }
  return lines.join('\n');
};

/**
 * Checks a stored draft against the form's schema. `baseline` are the form's starting values:
 * a field added to the form since the draft was typed keeps its starting value. `extra` is a
 * check of the form's own (the version of a questionnaire). Never throws.
 */
export const checkDraft = (
  schema: ZodType,
  raw: unknown,
  baseline: Record<string, unknown>,
  extra?: (values: Record<string, unknown>) => boolean,
): DraftFit => {
  const text = draftAsText(raw);
  try {
    if (!isPlainObject(raw)) return { fits: false, text };
    const values = { ...baseline, ...raw };
    if (unknownPaths(schema, values).length > 0) return { fits: false, text };
    const result = schema.safeParse(values);
    const misfit =
      !result.success && result.error.issues.some((i) => MISFIT.has(i.code) && !isEmpty(at(values, i.path)));
    if (misfit || (extra && !extra(values))) return { fits: false, text };
    return { fits: true, values };
  } catch {
    return { fits: false, text };
  }
};
