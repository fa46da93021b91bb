import type { NextConfig } from 'next';
import { ACTION_BODY_LIMIT_BYTES } from './lib/request-limits';
import { COMMON_HEADERS, HSTS, READER_CSP } from './scripts/security-headers.mjs';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Metadata in <head> for every client, never streamed into <body> after the shell: the pages are
  // valid HTML whatever the database's latency (on PostgreSQL it resolves after the shell), and a
  // reader page needs no script to move its title.
  htmlLimitedBots: /.*/,
  // The benchmark builds into its own folder so it never clobbers the shared `.next` build, and
  // skips the type check (CI runs it; the benchmark measures run time only).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
  // Native addons must be required at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'sharp'],
  experimental: {
    authInterrupts: true,
    // app/global-not-found.tsx: the page for addresses no route matches, kept out of every other
    // page's payload (a root not-found.tsx is rendered into each one).
    globalNotFound: true,
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
      { source: '/:path*', headers: COMMON_HEADERS },
      { source: '/((?!admin|login).*)', headers: [{ key: 'Content-Security-Policy', value: READER_CSP }] },
      {
        // HSTS only where the request arrived over HTTPS (as told by our reverse proxy).
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: HSTS }],
      },
    ];
  },
};

// No cache handler: reader pages render from the database on request, and the server's response
// cache (scripts/response-cache.mjs) is the one cache of finished pages.
export default nextConfig;
