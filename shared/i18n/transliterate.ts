/**
 * Serbian Latin → Cyrillic. The Latin alphabet (gajica) maps one-to-one onto Vuk's Cyrillic
 * once the digraphs lj, nj and dž are read as single letters, so the Cyrillic translations are
 * generated from the Latin ones instead of being kept by hand (scripts/sr-cyrl.ts).
 *
 * Only translation text goes through this: interpolation placeholders (`{{name}}`), nested
 * translations (`$t(key)`), HTML tags and URLs pass untouched, and names and other user data are
 * never transliterated (they are not in the locale files).
 */
const SINGLE: Record<string, string> = {
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  ž: 'ж',
  z: 'з',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  ć: 'ћ',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  č: 'ч',
  š: 'ш',
};
const DIGRAPH: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ' };

/**
 * Word beginnings whose last two letters look like a digraph but spell two letters (a prefix
 * meeting its root): "nadživeti" is надживети, "injekcija" инјекција.
 */
const SPLIT_DIGRAPH = /^(nadž|odž|podž|predž|inj)/i;

const word = (w: string): string => {
  // q, w, x and y are not Serbian letters: a word with one is a foreign name (WebP, Excel).
  if (/[qwxy]/i.test(w)) return w;
  // A capital inside a word is a product's name too (OneDrive, iPhone).
  if (/\p{Ll}\p{Lu}/u.test(w)) return w;
  const split = SPLIT_DIGRAPH.exec(w);
  let out = '';
  let i = 0;
  const noDigraphAt = split ? split[1]!.length - 2 : -1;
  while (i < w.length) {
    const two = w.slice(i, i + 2);
    const lower2 = two.toLowerCase();
    if (DIGRAPH[lower2] && i !== noDigraphAt) {
      const cyr = DIGRAPH[lower2]!;
      // "Lj" and "LJ" are both a capital Љ; "lJ" does not occur in Serbian.
      out += two[0] === two[0]!.toUpperCase() && two[0] !== two[0]!.toLowerCase() ? cyr.toUpperCase() : cyr;
      i += 2;
      continue;
    }
    const ch = w[i]!;
    const lower = ch.toLowerCase();
    const cyr = SINGLE[lower];
    out += cyr === undefined ? ch : ch === lower ? cyr : cyr.toUpperCase();
    i += 1;
  }
  return out;
};

/** Pieces left exactly as they are: placeholders, nested keys, HTML tags and entities, URLs, e-mail addresses, file-name patterns. */
const PROTECTED =
  /({{[^}]*}}|\$t\([^)]*\)|<[^>]+>|&[a-z]+;|https?:\/\/\S+|\S+@\S+|\b[\w-]*\.(?:age|json|csv|xlsx|pdf)\b|\b(?:CSV|XLSX|PDF|JSON|PNG|JPEG|SVG|KB|MB|URL|USB|ID|HF|OK|BitLocker|FileVault|LUKS|macOS|Linux)\b|\bage\b)/g;

/** Serbian Latin text → Serbian Cyrillic, leaving the protected pieces untouched. */
export const latinToCyrillic = (text: string): string =>
  text
    .split(PROTECTED)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\p{L}+/gu, word)))
    .join('');

/** Every string leaf of a translation file, transliterated; keys and structure unchanged. */
export const transliterateTree = (value: unknown): unknown => {
  if (typeof value === 'string') return latinToCyrillic(value);
  if (Array.isArray(value)) return value.map(transliterateTree);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transliterateTree(v)]));
  return value;
};
