/**
 * The Content Security Policy sent with every app:// response. A header, not only the <meta> in
 * index.html, because a header also covers workers and cannot be removed by script.
 * No inline scripts, no eval, nothing loaded from elsewhere; inline styles are allowed because React
 * style props and the virtualized table set them.
 */
export const DEFAULT_CONNECT_SRC = [
  // The embedded head office (npm start) and a developer's server listen on loopback.
  'http://127.0.0.1:*',
  'http://localhost:*',
  // A bank's head office is configured in Settings, so its host is not known when the policy is written:
  // any host, but only over TLS — plain HTTP off this machine is refused (hostile network, docs/security.md).
  'https:',
] as const;

export function contentSecurityPolicy(connectSrc: readonly string[] = DEFAULT_CONNECT_SRC): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${connectSrc.join(' ')}`,
    "object-src 'none'",
    // The letter preview shows a PDF the app rendered, from a blob: URL; nothing else may be framed.
    'frame-src blob:',
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
