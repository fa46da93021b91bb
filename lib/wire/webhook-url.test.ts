import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isNonPublicAddress } from './webhook-url';

const resolvesTo = (...addresses: string[]) => async () => addresses;

describe('webhook addresses', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not-an-ip'])(
    '%s is not public',
    (address) => expect(isNonPublicAddress(address)).toBe(true),
  );

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => expect(isNonPublicAddress(address)).toBe(false));

  it('refuses other schemes, credentials, private literals and names that resolve inward', async () => {
    expect(await checkWebhookUrl('ftp://hooks.example/x', false, resolvesTo('93.184.216.34'))).toMatchObject({ ok: false, message: expect.stringMatching(/http/) });
    expect(await checkWebhookUrl('javascript:alert(1)', false)).toMatchObject({ ok: false });
    expect(await checkWebhookUrl('not a url', false)).toMatchObject({ ok: false });
    expect(await checkWebhookUrl('https://user:pw@hooks.example/x', false, resolvesTo('93.184.216.34'))).toMatchObject({ ok: false });
    expect(await checkWebhookUrl('http://127.0.0.1:8080/hook', false)).toMatchObject({ ok: false, message: expect.stringMatching(/loopback/) });
    expect(await checkWebhookUrl('http://[::1]/hook', false)).toMatchObject({ ok: false });
    expect(await checkWebhookUrl('http://169.254.169.254/latest/meta-data', false)).toMatchObject({ ok: false });
    // One inward address among public ones is enough to refuse (the client picks which one we use).
    expect(await checkWebhookUrl('https://hooks.example/x', false, resolvesTo('93.184.216.34', '10.0.0.5'))).toMatchObject({ ok: false });
    expect(await checkWebhookUrl('https://nowhere.example/x', false, async () => { throw new Error('ENOTFOUND'); })).toMatchObject({ ok: false, message: expect.stringMatching(/could not be found/) });
  });

  it('accepts public http(s) addresses, and private ones only when allowed', async () => {
    expect(await checkWebhookUrl('https://hooks.example/wire', false, resolvesTo('93.184.216.34'))).toEqual({ ok: true, url: 'https://hooks.example/wire' });
    expect(await checkWebhookUrl('http://127.0.0.1:8080/hook', true)).toEqual({ ok: true, url: 'http://127.0.0.1:8080/hook' });
    expect(await checkWebhookUrl('ftp://127.0.0.1/hook', true)).toMatchObject({ ok: false });
  });
});
