import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { addByline, signIn, STAFF, startStory, storyIdFromUrl, submitStory, uniqueHeadline } from './helpers/newsroom';

// A client's developer's view of the wire (issue 12): an admin creates the client in the newsroom,
// a receiver on loopback gets the publish, the update and the kill as signed ninjs pushes (verified
// here the way the README tells clients to), the API refuses a request without a key, answers with
// one, and after the kill has the item canceled; the client's page shows the kill acknowledged.

type Push = { headers: http.IncomingHttpHeaders; body: string };

/** What a client does with a push: HMAC-SHA256 over "<t>.<body>" with its secret, and a recent t. */
function verify(secret: string, push: Push): boolean {
  const header = String(push.headers['x-meridian-signature'] ?? '');
  const t = /(?:^|,)t=(\d+)/.exec(header)?.[1];
  const v1 = /(?:^|,)v1=([0-9a-f]{64})/.exec(header)?.[1];
  if (!t || !v1) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${push.body}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1, 'hex')) && Math.abs(Date.now() / 1000 - Number(t)) < 300;
}

test('an admin creates a client; its webhook receives the publish, the update and the kill, signed; the API wants its key', async ({ page, request }) => {
  test.setTimeout(180_000);
  const pushes: Push[] = [];
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      pushes.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/wire`;

  try {
    await signIn(page, STAFF.admin);
    await page.goto('/admin/clients');
    const name = uniqueHeadline('Daily Example');
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Create client' }) });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Webhook URL (optional)').fill(hook);
    await form.getByRole('button', { name: 'Create client' }).click();
    const created = page.getByRole('status').filter({ hasText: `Client ${name} created` });
    await expect(created).toBeVisible();
    const key = await page.getByLabel('API key').inputValue();
    const secret = await page.getByLabel('Webhook signing secret').inputValue();
    expect(key).toMatch(/^mwk_/);
    expect(secret).toMatch(/^whsec_/);
    const clientPath = /\/admin\/clients\/\d+/.exec((await created.textContent()) ?? '')![0];

    // No key, a wrong key: 401. The right key: the list.
    expect((await request.get('/api/wire/v1/items')).status()).toBe(401);
    expect((await request.get('/api/wire/v1/items', { headers: { Authorization: `Bearer ${key.slice(0, -2)}xx` } })).status()).toBe(401);
    const auth = { Authorization: `Bearer ${key}` };
    expect((await request.get('/api/wire/v1/items', { headers: auth })).status()).toBe(200);

    // The publish.
    const headline = uniqueHeadline('Refinery restarts');
    await startStory(page, headline, 'The refinery restarted its main unit on Tuesday.');
    await addByline(page, 'Priya Raman');
    await submitStory(page, 'Publish now', /Published/);
    const uri = `urn:meridianwire:item:${storyIdFromUrl(page)}`;
    const forItem = () => pushes.filter((p) => JSON.parse(p.body).uri === uri);
    await expect.poll(() => forItem().length, { timeout: 20_000 }).toBe(1);
    const published = forItem()[0]!;
    expect(verify(secret, published)).toBe(true);
    expect(verify('whsec_someone-else', published)).toBe(false);
    const first = JSON.parse(published.body);
    expect(first).toMatchObject({ uri, pubstatus: 'usable', headlines: [{ value: headline }], language: expect.any(String) });

    // A substantive update: a new version, pushed and signed too.
    await page.getByLabel('Headline').fill(`${headline} after a fire`);
    await page.getByLabel(/Substantive update/).check();
    await page.getByRole('button', { name: 'Update' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => forItem().length, { timeout: 20_000 }).toBe(2);
    const updated = forItem()[1]!;
    expect(verify(secret, updated)).toBe(true);
    const second = JSON.parse(updated.body);
    expect(second.headlines[0].value).toBe(`${headline} after a fire`);
    expect(Number(second.version)).toBeGreaterThan(Number(first.version));
    expect(updated.headers['idempotency-key']).not.toBe(published.headers['idempotency-key']);

    // The API has the latest version; the admin sees both pushes delivered and the version acknowledged.
    const id = uri.split(':').at(-1);
    const item = await request.get(`/api/wire/v1/items/${id}`, { headers: auth });
    expect(item.status()).toBe(200);
    expect((await item.json()).version).toBe(second.version);
    await page.goto(clientPath);
    const pushesTable = page.getByRole('region', { name: 'Pushes' });
    await expect(pushesTable.getByRole('row').filter({ hasText: `${headline} after a fire` }).filter({ hasText: 'Delivered' })).toHaveCount(1);
    await expect(pushesTable.getByRole('row').filter({ hasText: 'Delivered' }).filter({ hasText: '204' })).toHaveCount(2);
    const has = page.getByRole('region', { name: 'What the client has' });
    await expect(has.getByRole('row').filter({ hasText: uri })).toContainText(`version ${second.version}`);
    await expect(page.getByRole('region', { name: 'API usage' })).toContainText('/api/wire/v1/items');

    // The kill: a canceled version, pushed and signed, with the reason for client editors.
    await page.goto(`/admin/stories/${id}`);
    await page.getByLabel('Reason for the kill').fill('Legal: the fire was at another refinery.');
    await page.getByRole('button', { name: 'Kill story' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Killed' })).toBeVisible();
    await expect.poll(() => forItem().length, { timeout: 20_000 }).toBe(3);
    const killed = forItem()[2]!;
    expect(verify(secret, killed)).toBe(true);
    const third = JSON.parse(killed.body);
    expect(third).toMatchObject({ uri, pubstatus: 'canceled', ednote: 'Legal: the fire was at another refinery.' });
    expect(Number(third.version)).toBeGreaterThan(Number(second.version));
    const canceled = await request.get(`/api/wire/v1/items/${id}`, { headers: auth });
    expect(await canceled.json()).toMatchObject({ uri, version: third.version, pubstatus: 'canceled' });
    // Every version stays retrievable at its own number.
    const v1 = await request.get(`/api/wire/v1/items/${id}/versions/${first.version}`, { headers: auth });
    expect(await v1.json()).toMatchObject({ version: first.version, pubstatus: 'usable', headlines: [{ value: headline }] });
    await page.goto(clientPath);
    const row = page.getByRole('region', { name: 'What the client has' }).getByRole('row').filter({ hasText: uri });
    await expect(row).toContainText(`${third.version} (canceled)`);
    await expect(row).toContainText(`version ${third.version}`);
    await expect(row).not.toContainText('may still show the killed story');
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
  }
});

test('a webhook on a private address is refused when saved, unless the installation allows it', async ({ page }) => {
  // The e2e server runs with WIRE_ALLOW_PRIVATE_WEBHOOKS=1 for the receiver above, so only the scheme rule applies here.
  await signIn(page, STAFF.admin);
  await page.goto('/admin/clients');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Create client' }) });
  await form.getByLabel('Name').fill(uniqueHeadline('Ftp Daily'));
  await form.getByLabel('Webhook URL (optional)').fill('ftp://127.0.0.1/hook');
  await form.getByRole('button', { name: 'Create client' }).click();
  await expect(form.getByText('The webhook must be an http:// or https:// address.')).toBeVisible();
});
