/**
 * The Content-Security-Policy of the renderer, the same under Electron (app:// protocol headers + meta)
 * and the browser fallback (HTTP header + meta). Scripts only from the app itself: no inline script, no
 * eval, no remote code. Inline *styles* are allowed because React Flow and CodeMirror set style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** `frame-ancestors` is ignored in a meta tag; the header carries it. */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');
