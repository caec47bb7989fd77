/**
 * The one Content-Security-Policy of the app. Nothing is loaded from outside the app's own
 * origin: no remote scripts, styles, fonts, images or connections. Inline styles are allowed
 * because Mantine sets style attributes; inline scripts are not. Workers (backup encryption)
 * come from the app's own files; blob: is allowed for images (logo preview) and downloads.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
