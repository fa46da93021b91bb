import fs from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext, type Browser } from '@playwright/test';
import { STAFF, signIn } from './newsroom';

/** A story whose body has links (the dark-scheme link contrast) and a hero image. */
export const ARTICLE = '/energy/venezuela-russia-widen-cooperation-caracas-meeting';

/** One of every reader page type, plus the pages anyone sees on the way in. */
export const READER_PAGES = [
  '/',
  ARTICLE,
  '/energy',
  '/energy?page=2',
  '/authors/ricardo-mendoza',
  '/tags/oil',
  '/search?q=oil',
  '/search?q=zzqxvbnotaword',
  '/no-such-page',
  '/login',
  '/login/forgot',
  '/invite/not-a-real-token',
  // A query past what the search reads: the 414 page in the site's frame.
  `/search?q=${'long '.repeat(500)}`,
];

/**
 * Every newsroom screen, with real ids from the seeded data: the first story on the dashboard and
 * the first author profile and the first wire client (the seed makes one).
 */
export async function newsroomPages(request: APIRequestContext): Promise<string[]> {
  const firstId = async (url: string, pattern: RegExp) => {
    const html = await (await request.get(url)).text();
    const id = pattern.exec(html)?.[1];
    expect(id, `an id on ${url}`).toBeTruthy();
    return id;
  };
  const story = await firstId('/admin?scope=all', /href="\/admin\/stories\/(\d+)"/);
  const author = await firstId('/admin/authors', /href="\/admin\/authors\/(\d+)"/);
  const client = await firstId('/admin/clients', /href="\/admin\/clients\/(\d+)"/);
  return [
    '/admin',
    '/admin?scope=all',
    '/admin/stories/new',
    '/admin/stories',
    '/admin/stories?status=published&from=2020-01-01',
    `/admin/stories/${story}`,
    `/admin/stories/${story}/history`,
    `/admin/stories/${story}/preview`,
    '/admin/review',
    '/admin/staff',
    '/admin/authors',
    `/admin/authors/${author}`,
    '/admin/sections',
    '/admin/tags',
    '/admin/settings',
    '/admin/clients',
    `/admin/clients/${client}`,
    '/admin/profile',
    '/admin/audit',
    '/admin/front',
    // A story that does not exist: the newsroom's own not-found page.
    '/admin/stories/999999999',
  ];
}

/**
 * Signs a staff member in once and keeps the cookies in a file that browser and request contexts
 * can start from (the administrator, by default, sees every newsroom screen).
 */
export async function staffStorageState(browser: Browser, name: string, email: string = STAFF.admin): Promise<string> {
  const file = path.resolve('test-results', `${name}-${email.split('@')[0]}-state.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await context.storageState({ path: file });
  await context.close();
  return file;
}
