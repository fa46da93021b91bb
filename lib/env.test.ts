import { afterEach, describe, expect, it, vi } from 'vitest';

// lib/env.ts checks the environment once, when it is first imported (at the server's start).
const load = async () => {
  vi.resetModules();
  return (await import('./env')).env;
};

describe('WEBSUB_HUB_URL', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('takes an http(s) hub, and none when unset or empty', async () => {
    vi.stubEnv('WEBSUB_HUB_URL', 'https://hub.example/publish');
    expect((await load()).WEBSUB_HUB_URL).toBe('https://hub.example/publish');
    vi.stubEnv('WEBSUB_HUB_URL', '');
    expect((await load()).WEBSUB_HUB_URL).toBeUndefined();
  });

  it('refuses any other address at start with a message naming the setting', async () => {
    for (const bad of ['ftp://hub.example/', 'hub.example', 'javascript:alert(1)', 'http://']) {
      vi.stubEnv('WEBSUB_HUB_URL', bad);
      await expect(load(), bad).rejects.toThrow(/WEBSUB_HUB_URL: must be an http:\/\/ or https:\/\/ address of a WebSub hub/);
    }
  });
});
