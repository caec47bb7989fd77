import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The renderer is served from `app://tandem/`, never from `file://` or a dev server. The scheme is
 * registered as standard and secure, so the page gets a real origin: IndexedDB (all of the
 * coordinator's data) is keyed by that origin, and because it is fixed the data survives updates
 * and moving the installation. The resolver below is the only way a URL becomes a file path, and
 * it only ever answers with a file inside the built renderer directory; anything else is a 404.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'tandem';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of our own app origin (Node reports an opaque origin for custom schemes, so compare parts). */
export const isAppUrl = (url: string): boolean => {
  try {
    const u = new URL(url);
    return (
      u.protocol === `${APP_SCHEME}:` && u.host.toLowerCase() === APP_HOST && u.username === '' && u.password === ''
    );
  } catch {
    return false;
  }
};

/**
 * Map an `app://tandem/...` request to a file inside `rootDir`, or `null` (→ 404).
 * Defence in depth: the URL parser already collapses `..`, but encoded separators (`%2f`, `%5c`),
 * drive letters and NUL bytes only appear after decoding, so every decoded segment is checked and
 * the final path must still lie inside the root.
 */
export const resolveAppPath = (url: string, rootDir: string): string | null => {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const segments = pathname.slice(1).split('/');
  const unsafe = (s: string) => s === '' || s === '.' || s === '..' || /[\\:\0]/.test(s);
  if (!pathname.startsWith('/') || segments.some(unsafe)) return null;
  const root = resolve(rootDir);
  const file = join(root, ...segments);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return file;
};

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Content type by extension; unknown files are served as opaque bytes (with nosniff, never executed). */
export const mimeTypeFor = (file: string): string =>
  MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

export type AppResponse = { status: 200 | 404; headers: Record<string, string>; body: Uint8Array | null };

/**
 * Answer one `app://` request: the file's bytes with its content type and the app's CSP, or 404
 * for anything outside the renderer directory, missing or unreadable. Plain function (the file
 * reader is passed in) so the whole decision is testable without Electron.
 */
export const appResponseFor = async (
  url: string,
  rootDir: string,
  csp: string,
  readFile: (file: string) => Promise<Uint8Array>,
): Promise<AppResponse> => {
  const common = { 'X-Content-Type-Options': 'nosniff', 'Cross-Origin-Opener-Policy': 'same-origin' };
  const notFound: AppResponse = {
    status: 404,
    headers: { ...common, 'Content-Type': 'text/plain; charset=utf-8' },
    body: null,
  };
  const file = resolveAppPath(url, rootDir);
  if (!file) return notFound;
  try {
    const body = await readFile(file);
    return {
      status: 200,
      headers: {
        ...common,
        'Content-Type': mimeTypeFor(file),
        'Content-Security-Policy': csp,
        'Cache-Control': 'no-cache',
      },
      body,
    };
  } catch {
    return notFound; // missing file, or a directory
  }
};
