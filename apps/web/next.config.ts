import { join } from 'node:path';
import type { NextConfig } from 'next';
import { staticSecurityHeaders } from './lib/security-headers';

const workspaceRoot = join(__dirname, '../..');

const nextConfig: NextConfig = {
  output: 'standalone',
  // The app imports workspace libs from outside its folder; tracing and bundling must see them.
  outputFileTracingRoot: workspaceRoot,
  turbopack: { root: workspaceRoot },
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: staticSecurityHeaders }];
  },
};

export default nextConfig;
