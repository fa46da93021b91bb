// @ts-check
// The security headers of every answer, in one place: next.config.ts sends them with the app's
// answers, and scripts/request-guard.mjs with the answers the server gives before the app (a
// malformed address, an unknown method), which must not go out bare.

// Reader pages are cached and served to everyone, so they cannot carry a per-request nonce:
// Next's inline bootstrap scripts need 'unsafe-inline' there. Everything else is as strict as on
// the newsroom (whose nonce-based policy is set per request in proxy.ts). See README, Security.
export const READER_CSP = [
  `default-src 'self'`,
  `script-src 'self' 'unsafe-inline'`,
  `style-src 'self' 'unsafe-inline'`,
  `img-src 'self' data: blob:`,
  `font-src 'self'`,
  `connect-src 'self'`,
  `frame-src https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com`,
  `object-src 'none'`,
  `base-uri 'self'`,
  `frame-ancestors 'none'`,
  `form-action 'self'`,
].join('; ');

/** Sent with every answer. */
export const COMMON_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

export const HSTS = 'max-age=63072000; includeSubDomains';
