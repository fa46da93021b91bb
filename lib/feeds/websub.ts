import 'server-only';
import { onFeedsChanged, type FeedChange } from '@/db/queries/feed-changes';
import { readSettings } from '@/db/queries/settings';
import { env } from '@/lib/env';
import { mergeSettings } from '@/lib/site-settings';
import { describeFailure } from '@/lib/wire/delivery';
import { feedPaths } from './formats';
import { absoluteUrl } from './xml';

// WebSub publisher (W3C WebSub 2018, section 7 in the form most hubs take): after a write that
// changes what the feeds hold has committed, each feed it changed is announced to the hub with
// `hub.mode=publish&hub.url=<feed>`; the hub fetches the feed and pushes it to subscribers. Never
// in the writer's way: it runs after the commit, every POST is cut off after WEBSUB_TIMEOUT_MS,
// and a failure is logged (a line per kind of failure, with its feeds), not thrown. What it loses (a process stopped before a story comes due,
// a hub that was down) subscribers still get from the hub's own polling of the feeds.

export type HubConfig = {
  hubUrl: string;
  timeoutMs: number;
  /** The site's address for absolute feed URLs, read when announcing (the admin's setting over SITE_URL). */
  siteUrl?: () => Promise<string>;
};

// setTimeout's longest delay; a story due later than ~24 days is announced by the hub's own polling.
const MAX_DELAY_MS = 2 ** 31 - 1;

/** Paths of every feed (all formats) a change touched: the site's, its sections' and its authors'. */
export function changedFeedPaths(change: Pick<FeedChange, 'sections' | 'authors'>): string[] {
  const pages = ['/', ...change.sections.map((s) => `/${s}`), ...change.authors.map((a) => `/authors/${a}`)];
  return [...new Set(pages.flatMap(feedPaths))];
}

function warn(msg: string, details: Record<string, unknown>) {
  console.error(JSON.stringify({ level: 'warn', msg, time: new Date().toISOString(), ...details }));
}

/** Why the hub did not take an announcement: one kind of failure, with its detail. */
export type HubFailure = { msg: 'websub hub refused'; status: number } | { msg: 'websub hub unreachable'; error: string };

/** One publish announcement; resolves within the timeout whatever the hub does, and never rejects. */
export async function announceToHub(hubUrl: string, feedUrl: string, timeoutMs: number): Promise<HubFailure | null> {
  try {
    const response = await fetch(hubUrl, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'MeridianWire-WebSub/1' },
      body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': feedUrl }).toString(),
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.status < 200 || response.status >= 300) return { msg: 'websub hub refused', status: response.status };
    return null;
  } catch (error) {
    return { msg: 'websub hub unreachable', error: describeFailure(error, timeoutMs) };
  }
}

/**
 * One warning per kind of failure in a round of announcements, naming its feeds: a hub that is
 * away would otherwise log a line for each of the nine or more feeds of every save.
 */
function logFailures(hubUrl: string, feedUrls: string[], failures: (HubFailure | null)[]) {
  const byKind = new Map<string, { failure: HubFailure; feeds: string[] }>();
  failures.forEach((failure, i) => {
    if (!failure) return;
    const kind = JSON.stringify(failure);
    const entry = byKind.get(kind) ?? { failure, feeds: [] };
    entry.feeds.push(feedUrls[i]!);
    byKind.set(kind, entry);
  });
  for (const { failure, feeds } of byKind.values()) {
    const { msg, ...detail } = failure;
    warn(msg, { hub: hubUrl, ...detail, feeds });
  }
}

const currentSiteUrl = async () => mergeSettings(await readSettings()).url;

/**
 * Announces every committed change to the feeds to the hub, from now until the returned stop is
 * called. Changes of one moment are merged, so each feed is announced once; a story that joins the
 * feeds later (scheduled, embargoed) is announced when it comes due.
 */
export function startHubNotifier(config: HubConfig): { stop(): void; idle(): Promise<void> } {
  const pending = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  let flushing: Promise<void> = Promise.resolve();
  const siteUrl = config.siteUrl ?? currentSiteUrl;

  const flush = async () => {
    const paths = [...pending];
    pending.clear();
    if (paths.length === 0) return;
    const site = await siteUrl().catch(() => env.SITE_URL);
    const feeds = paths.map((path) => absoluteUrl(site, path));
    logFailures(config.hubUrl, feeds, await Promise.all(feeds.map((feed) => announceToHub(config.hubUrl, feed, config.timeoutMs))));
  };
  const queue = (paths: string[]) => {
    const first = pending.size === 0;
    for (const path of paths) pending.add(path);
    if (first) flushing = flushing.then(() => new Promise<void>((resolve) => setImmediate(() => void flush().finally(resolve))));
  };

  const unsubscribe = onFeedsChanged((change) => {
    const paths = changedFeedPaths(change);
    if (change.dueAt === null) return queue(paths);
    const delay = change.dueAt - Date.now();
    if (delay > MAX_DELAY_MS) return;
    // A moment after it comes due, so the hub's fetch of the feed finds it.
    const timer = setTimeout(() => {
      timers.delete(timer);
      queue(paths);
    }, Math.max(0, delay) + 250);
    timer.unref();
    timers.add(timer);
  });
  return {
    stop() {
      unsubscribe();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
    idle: () => flushing,
  };
}

/** The notifier of `npm start` (instrumentation.ts), when WEBSUB_HUB_URL names a hub. */
export function startHubNotifierInProcess() {
  const g = globalThis as unknown as { __websubNotifier?: unknown };
  if (!env.WEBSUB_HUB_URL || g.__websubNotifier) return;
  g.__websubNotifier = startHubNotifier({ hubUrl: env.WEBSUB_HUB_URL, timeoutMs: env.WEBSUB_TIMEOUT_MS });
}
