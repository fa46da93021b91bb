import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';
import { apiError, conditionalJson, guarded, isNotModified } from './http';
import { articleListQuerySchema } from '@/lib/validation/api';

const T = Date.UTC(2024, 0, 2, 3, 4, 5, 678);
const req = (headers: Record<string, string> = {}) => new Request('https://n.example/api/v1/x', { headers });

describe('cursor', () => {
  it('round-trips and is opaque base64url', () => {
    const text = encodeCursor({ publishedAt: T, id: 42 });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual({ publishedAt: T, id: 42 });
  });

  it('rejects anything we did not issue', () => {
    const b64 = (v: string) => Buffer.from(v).toString('base64url');
    for (const bad of ['', '!!!', 'a'.repeat(300), b64('not json'), b64('[1]'), b64('[1,"2"]'), b64('[-1,2]'), b64('[1,0]'), b64('{"p":1}'), b64('[1.5,2]')]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
  });
});

describe('articleListQuerySchema', () => {
  it('accepts good input and reports bad input by field', () => {
    expect(articleListQuerySchema.safeParse({ limit: '5', section: 'energy' }).data).toEqual({ limit: 5, section: 'energy' });
    const bad = articleListQuerySchema.safeParse({ limit: '500', cursor: 'nope!', author: '../x' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(['author', 'cursor', 'limit']);
    expect(articleListQuerySchema.safeParse({ _: '123' }).success).toBe(true);
  });
});

describe('conditional responses', () => {
  it('sends ETag, Last-Modified and CORS, then 304 on If-None-Match', async () => {
    const first = conditionalJson(req(), { a: 1 }, T);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('last-modified')).toBe('Tue, 02 Jan 2024 03:04:05 GMT');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(await first.json()).toEqual({ a: 1 });

    const again = conditionalJson(req({ 'If-None-Match': `W/"zzz", ${etag}` }), { a: 1 }, T);
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect(conditionalJson(req({ 'If-None-Match': etag }), { a: 2 }, T).status).toBe(200);
  });

  it('honours If-Modified-Since only without If-None-Match', () => {
    const lm = new Date(T).toUTCString();
    expect(isNotModified(req({ 'If-Modified-Since': lm }), '"x"', T)).toBe(true);
    expect(isNotModified(req({ 'If-Modified-Since': new Date(T - 2000).toUTCString() }), '"x"', T)).toBe(false);
    expect(isNotModified(req({ 'If-Modified-Since': 'garbage' }), '"x"', T)).toBe(false);
    expect(isNotModified(req({ 'If-Modified-Since': lm, 'If-None-Match': '"other"' }), '"x"', T)).toBe(false);
    expect(isNotModified(req({ 'If-None-Match': '*' }), '"x"', T)).toBe(true);
  });

  it('turns unexpected failures into JSON without a stack trace', async () => {
    const original = console.error;
    console.error = () => {};
    const res = await guarded(() => {
      throw new Error('SQLITE_CORRUPT at /secret/path.ts:12');
    });
    console.error = original;
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect((await apiError(400, 'bad_request', 'x', { a: ['b'] }).json()).error.details).toEqual({ a: ['b'] });
  });
});
