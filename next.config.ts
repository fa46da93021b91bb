import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // better-sqlite3 is a native addon; it must be required at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'sharp'],
  experimental: {
    authInterrupts: true,
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [480, 768, 1080, 1600],
    imageSizes: [96, 160, 320],
    minimumCacheTTL: 31536000,
  },
  typedRoutes: false,
};

export default nextConfig;
