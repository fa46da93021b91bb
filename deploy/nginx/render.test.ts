import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/request-limits';
import { renderNginxConfig } from './render.mjs';

let prefix = '';
afterEach(() => fs.rmSync(prefix, { recursive: true, force: true }));

/** The `proxy_set_header` lines of every location, as name → value. */
function forwardedHeaders(config: string) {
  return [...config.matchAll(/^\s*proxy_set_header\s+(\S+)\s+(.+);$/gm)].map(([, name, value]) => ({ name: name!.toLowerCase(), value: value! }));
}

describe('nginx front config', () => {
  it('sets X-Forwarded-For to the peer address instead of appending to what the client sent', () => {
    prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-render-'));
    const { file } = renderNginxConfig({ prefix, listen: '8080', app: '127.0.0.1:8081' });
    const config = fs.readFileSync(file, 'utf8');
    const forwardedFor = forwardedHeaders(config).filter((h) => h.name === 'x-forwarded-for');
    expect(forwardedFor).toEqual([{ name: 'x-forwarded-for', value: '$remote_addr' }]);
    expect(config).not.toContain('$proxy_add_x_forwarded_for');
    expect(config).not.toContain('$http_x_forwarded_for');
    expect(config).not.toMatch(/\{\{\w+\}\}/);
  });

  it('expires stored pages by time only: no purge address, no purge module', () => {
    prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-render-'));
    const config = fs.readFileSync(renderNginxConfig({ prefix, listen: '8080', app: '127.0.0.1:8081' }).file, 'utf8');
    expect(config).not.toMatch(/purge/i);
    expect(config).toContain('"@$this_second"');
    expect(config).toContain('proxy_ignore_headers Cache-Control Expires;');
  });

  it('lets through a server action as large as the app accepts', () => {
    prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-render-'));
    const { file } = renderNginxConfig({ prefix, listen: '8080', app: '127.0.0.1:8081' });
    const size = fs.readFileSync(file, 'utf8').match(/client_max_body_size\s+(\d+)m;/)?.[1];
    expect(Number(size) * 1024 * 1024).toBe(ACTION_BODY_LIMIT_BYTES);
  });

  it('balances across every app instance and retries only idempotent requests on another', () => {
    prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-render-'));
    const { file } = renderNginxConfig({ prefix, listen: '8080', app: ['127.0.0.1:8081', '127.0.0.1:8082'] });
    const config = fs.readFileSync(file, 'utf8');
    const upstream = /upstream next_app \{([^}]*)\}/.exec(config)?.[1] ?? '';
    expect([...upstream.matchAll(/^\s*server\s+(\S+)/gm)].map((m) => m[1])).toEqual(['127.0.0.1:8081', '127.0.0.1:8082']);
    expect(config).toMatch(/proxy_next_upstream error timeout;/);
    expect(config).not.toContain('non_idempotent');
  });
});
