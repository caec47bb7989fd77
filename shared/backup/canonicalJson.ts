/**
 * The second form of a backup's checksum (FORMAT.md): over a canonical serialisation of its
 * tables, which a tool other than Tandem can compute whatever layout and key order it writes:
 * `JSON.stringify` with every object's keys sorted by code unit, no whitespace.
 */

const sortKeys = (value: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = value[key];
  return out;
};

export const canonicalStringify = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? sortKeys(v as Record<string, unknown>) : v,
  );

const toHex = (buf: ArrayBuffer): string => {
  const bytes = new Uint8Array(buf);
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
};

/** `sha256:<hex>` of the UTF-8 bytes of `text` (WebCrypto: browser, worker and Node alike). */
export const sha256Checksum = async (text: string | Uint8Array): Promise<string> => {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return `sha256:${toHex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))}`;
};
