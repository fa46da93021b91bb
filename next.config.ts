import fs from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { ACTION_BODY_LIMIT_BYTES } from './lib/request-limits';

// Reader pages are cached and served to everyone, so they cannot carry a per-request nonce:
// Next's inline bootstrap scripts need 'unsafe-inline' there. Everything else is as strict as on
// the newsroom (whose nonce-based policy is set per request in proxy.ts). See README, Security.
const readerCsp = [
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

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The benchmark builds into its own folder so it never clobbers the shared `.next` build, and
  // skips the type check (CI runs it; the benchmark measures run time only).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
  // Native addons must be required at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'sharp'],
  experimental: {
    authInterrupts: true,
    // Next's default (1 MB) turned a long story in a non-Latin script, or a photo upload, into a
    // 500 page. Larger requests are refused in proxy.ts; the editor refuses an oversize body itself.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    // proxy.ts sees every newsroom request; past this size Next would hand the app a truncated body.
    proxyClientMaxBodySize: ACTION_BODY_LIMIT_BYTES,
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [480, 768, 1080, 1600],
    imageSizes: [96, 160, 320],
    minimumCacheTTL: 31536000,
  },
  async headers() {
    return [
      { source: '/:path*', headers: common },
      { source: '/((?!admin|login).*)', headers: [{ key: 'Content-Security-Policy', value: readerCsp }] },
      {
        // HSTS only where the request arrived over HTTPS (as told by our reverse proxy).
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
      },
    ];
  },
};

export default function config(phase: string): NextConfig {
  // The data cache lives in the build folder and outlives builds; a build must not prerender the
  // home page from answers cached against another database (a test run, an older copy).
  if (phase === PHASE_PRODUCTION_BUILD) {
    fs.rmSync(path.join(process.cwd(), nextConfig.distDir ?? '.next', 'cache', 'fetch-cache'), { recursive: true, force: true });
  }
  return nextConfig;
}
