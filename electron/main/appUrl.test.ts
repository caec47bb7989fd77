import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_INDEX_URL, appResponseFor, isAppUrl, mimeTypeFor, resolveAppPath } from './appUrl';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

let base: string;
let root: string;
const read = async (f: string) => new Uint8Array(await readFile(f));

beforeAll(async () => {
  // base/secret.txt sits next to the renderer root: no URL may ever reach it.
  base = await mkdtemp(join(tmpdir(), 'tandem-proto-'));
  root = join(base, 'dist');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Tandem</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'font.woff2'), 'w');
  await writeFile(join(base, 'secret.txt'), 'secret');
  await writeFile(join(base, 'dist-secret.txt'), 'secret');
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const body = (r: { body: Uint8Array | null }) => (r.body ? new TextDecoder().decode(r.body) : null);

describe('app:// request handling', () => {
  it('serves index.html for the root and with the CSP header', async () => {
    for (const url of ['app://tandem/', 'app://tandem', APP_INDEX_URL, 'app://tandem/index.html#/mentors?x=1']) {
      const r = await appResponseFor(url, root, CONTENT_SECURITY_POLICY, read);
      expect(r.status, url).toBe(200);
      expect(body(r)).toContain('<title>Tandem</title>');
      expect(r.headers['Content-Type']).toBe('text/html; charset=utf-8');
      expect(r.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('serves assets with their MIME type', async () => {
    const js = await appResponseFor('app://tandem/assets/index-abc.js', root, 'csp', read);
    expect(js.status).toBe(200);
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    const font = await appResponseFor('app://tandem/assets/font.woff2', root, 'csp', read);
    expect(font.headers['Content-Type']).toBe('font/woff2');
  });

  const escapes = [
    'app://tandem/../secret.txt',
    'app://tandem/assets/../../secret.txt',
    'app://tandem/%2e%2e/secret.txt',
    'app://tandem/%2E%2E/%2e%2e/secret.txt',
    'app://tandem/..%2fsecret.txt',
    'app://tandem/assets/..%2f..%2fsecret.txt',
    'app://tandem/..%5csecret.txt',
    'app://tandem/assets\\..\\..\\secret.txt',
    'app://tandem/%2Fetc%2Fpasswd',
    'app://tandem//etc/passwd',
    `app://tandem/${encodeURIComponent('/etc/passwd')}`,
    'app://tandem/C:%5cWindows%5cwin.ini',
    'app://tandem/C:/Windows/win.ini',
    'app://tandem/index.html%00.js',
    'app://tandem/%E0%A4%A',
    'app://tandem/../dist-secret.txt',
    'app://evil/index.html',
    'app://tandem.evil/index.html',
    'app://user:pw@tandem/index.html',
    'http://tandem/index.html',
    'file:///etc/passwd',
    'app://tandem/assets',
    'app://tandem/missing.js',
  ];
  it.each(escapes)('answers 404 and never a file outside the root: %s', async (url) => {
    const r = await appResponseFor(url, root, 'csp', read);
    expect(r.status).toBe(404);
    expect(r.body).toBeNull();
  });

  it('resolves only inside the root', () => {
    expect(resolveAppPath('app://tandem/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'));
    // The URL parser folds dot segments; what is left must still be inside the root.
    expect(resolveAppPath('app://tandem/assets/../index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://tandem/%2e%2e/secret.txt', root)).toBe(join(root, 'secret.txt'));
    expect(resolveAppPath('app://tandem/..%2fsecret.txt', root)).toBeNull();
    expect(resolveAppPath('app://other/index.html', root)).toBeNull();
  });
});

describe('isAppUrl and mimeTypeFor', () => {
  it('recognises only our origin', () => {
    expect(isAppUrl('app://tandem/index.html#/print/x')).toBe(true);
    expect(isAppUrl('app://TANDEM/')).toBe(true);
    expect(isAppUrl('app://tandem:8080/')).toBe(false);
    expect(isAppUrl('https://tandem/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('falls back to opaque bytes', () => {
    expect(mimeTypeFor('a/b.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a/b.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('noext')).toBe('application/octet-stream');
  });
});
