import type { CsvEncoding } from './types';

/**
 * Which encoding a CSV file is in. Excel saves "CSV" in the PC's ANSI code page: Windows-1250
 * on a Hungarian or Serbian PC, Windows-1252 on a Finnish or English one; LibreOffice and
 * newer Excel save UTF-8 (with a byte-order mark). The bytes do not say which, so:
 *
 * 1. a byte-order mark decides (UTF-8, UTF-16LE);
 * 2. bytes that are valid UTF-8 and use a multi-byte sequence are UTF-8 (text in a single-byte
 *    code page almost never is);
 * 3. otherwise each single-byte code page decodes the text and the one whose letters look like
 *    the languages of the people Tandem serves wins: Hungarian ő/ű and Serbian č/ć/đ point to
 *    1250, while the same bytes in 1252 give õ/û/è/æ/ð, which those languages do not use; a
 *    byte in 0x80–0x9F (1252's €, š, ž, quotes) rules out ISO-8859-15, and ¤ ¦ ¨ ´ ¸ in
 *    1252 are ISO-8859-15's € Š š Ž ž.
 */

const LIKELY = new Set([...'áéíóöőúüűÁÉÍÓÖŐÚÜŰäåÄÅčćđšžČĆĐŠŽàèìòùâêîôûçñßÀÈÌÒÙÇÑ€ëïÿœŒ„”“–—…’‘«»°·'].map((c) => c));
/** Characters the languages of a Tandem office hardly ever write: a wrong decoding makes them. */
const UNLIKELY = new Set([...'õûðæÕÛÐÆĺŕţŢĹŔřŘěĚůŮňŇťŤďĎľĽşŞăĂ¤¦¨´¸ŸþÞ×÷±¬¯®©¹²³']);

const score = (text: string): number => {
  let s = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (LIKELY.has(ch)) s += 2;
    else if (UNLIKELY.has(ch)) s -= 3;
    // C1 control characters: the byte means nothing in this code page.
    else if (ch.charCodeAt(0) >= 0x80 && ch.charCodeAt(0) <= 0x9f) s -= 5;
    else if (ch === '\ufffd') s -= 5;
    else s -= 1;
  }
  return s;
};

const hasBom = (bytes: Uint8Array, bom: readonly number[]): boolean => bom.every((b, i) => bytes[i] === b);

export const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
export const UTF16LE_BOM = [0xff, 0xfe] as const;

const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The bytes look like UTF-16LE text without a mark: every other byte is zero in ASCII text. */
export const looksUtf16le = (bytes: Uint8Array): boolean => {
  const n = Math.min(bytes.length, 4000) & ~1;
  if (n < 4) return false;
  let zeros = 0;
  let printable = 0;
  for (let i = 0; i < n; i += 2) {
    const lo = bytes[i]!;
    if (bytes[i + 1] === 0) zeros++;
    if (lo >= 0x20 || lo === 0x09 || lo === 0x0a || lo === 0x0d) printable++;
  }
  return zeros / (n / 2) > 0.7 && printable / (n / 2) > 0.9;
};

/** The encoding the bytes are most likely in (see above). `sample` bounds the work on large files. */
export const detectEncoding = (bytes: Uint8Array, sample = 1 << 20): CsvEncoding => {
  if (hasBom(bytes, UTF8_BOM)) return 'utf-8';
  if (hasBom(bytes, UTF16LE_BOM) || looksUtf16le(bytes)) return 'utf-16le';
  // Cut the sample at a line break so that a multi-byte character is not split.
  let part = bytes.length > sample ? bytes.subarray(0, sample) : bytes;
  if (part !== bytes) {
    const nl = part.lastIndexOf(0x0a);
    if (nl > 0) part = part.subarray(0, nl);
  }
  if (isUtf8(part)) return 'utf-8';
  const candidates: CsvEncoding[] = ['windows-1250', 'windows-1252', 'iso-8859-15'];
  let best: CsvEncoding = 'windows-1252';
  let bestScore = -Infinity;
  for (const enc of candidates) {
    const s = score(new TextDecoder(enc).decode(part));
    if (s > bestScore) {
      best = enc;
      bestScore = s;
    }
  }
  return best;
};

/** The text of the bytes in this encoding, without a byte-order mark. */
export const decodeText = (bytes: Uint8Array, encoding: CsvEncoding): string => {
  const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};
