import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { staffStorageState, newsroomPages, READER_PAGES } from './helpers/site-pages';

// WCAG 2.2 AA as axe checks it, in both colour schemes: contrast differs between them.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

type Finding = { url: string; rule: string; impact: string | null | undefined; targets: string[]; summary: string };

async function scan(page: Page, url: string): Promise<Finding[]> {
  await page.goto(url);
  const results = await new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: TAGS },
      // Off by default in axe (marked experimental), but it is WCAG 2.5.3 "label in name".
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })
    .analyze();
  return results.violations.map((v) => ({
    url,
    rule: v.id,
    impact: v.impact,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    summary: v.nodes[0]?.failureSummary ?? v.help,
  }));
}

async function scanAll(browser: Browser, scheme: (typeof SCHEMES)[number], urls: (page: Page) => Promise<string[]>, storageState?: string) {
  const context = await browser.newContext({ colorScheme: scheme, storageState });
  const page = await context.newPage();
  const findings: Finding[] = [];
  for (const url of await urls(page)) findings.push(...(await scan(page, url)));
  await context.close();
  return findings;
}

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  test.describe.configure({ timeout: 180_000 });

  for (const scheme of SCHEMES) {
    test(`reader pages have no violations, ${scheme} scheme`, async ({ browser }) => {
      const findings = await scanAll(browser, scheme, async () => READER_PAGES);
      expect(findings).toEqual([]);
    });
  }

  // One test per scheme: 20 screens, the editor's among them, each scanned by axe.
  for (const scheme of SCHEMES) {
    test(`newsroom pages have no violations, ${scheme} scheme`, async ({ browser }) => {
      const state = await staffStorageState(browser, `a11y-${scheme}`);
      let pages: string[] = [];
      const findings = await scanAll(
        browser,
        scheme,
        async (page) => (pages = await newsroomPages(page.request)),
        state,
      );
      expect(pages.length).toBeGreaterThan(10);
      expect(findings).toEqual([]);
    });
  }
});
