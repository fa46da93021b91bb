import { afterEach, describe, expect, it, vi } from 'vitest';
import { BARE_FRAME, FRAME_SLOT, fillFrame, loadSearchFrame, splitFrame } from './frame';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Search | Meridian Wire</title><script src="/_next/static/chunks/main.js" async=""></script></head><body><header>Masthead</header><main id="main">${body}</main><script>self.__next_f.push([1,"payload"])</script></body></html>`;

describe('search frame', () => {
  it('splits the frame around its slot, without the framework runtime', async () => {
    const frame = splitFrame(page(FRAME_SLOT));
    expect(frame.before).toContain('<header>Masthead</header><main id="main">');
    expect(frame.after).toBe('</main></body></html>');
    expect(frame.before + frame.after).not.toContain('<script');
  });

  it('refuses a page without exactly one slot', async () => {
    expect(() => splitFrame(page('<p>Not found</p>'))).toThrow(/exactly one slot/);
    expect(() => splitFrame(page(FRAME_SLOT + FRAME_SLOT))).toThrow(/exactly one slot/);
  });

  it('fills the slot and titles the page, escaping the title', async () => {
    const html = fillFrame(splitFrame(page(FRAME_SLOT)), 'Search: <b>oil</b> & gas', '<p>results</p>');
    expect(html).toContain('<title>Search: &lt;b&gt;oil&lt;/b&gt; &amp; gas | Meridian Wire</title>');
    expect(html).toContain('<main id="main"><p>results</p></main>');
    expect(fillFrame(splitFrame(page(FRAME_SLOT)), 'Search', '')).toContain('<title>Search | Meridian Wire</title>');
  });

  describe('loadSearchFrame', () => {
    afterEach(() => vi.unstubAllGlobals());
    const serving = (html: string, status = 200) => {
      const fetchMock = vi.fn(async () => new Response(html, { status }));
      vi.stubGlobal('fetch', fetchMock);
      return fetchMock;
    };

    it('fetches the frame page from this server for every search, keeping no copy of its own', async () => {
      const fetchMock = serving(page(FRAME_SLOT));
      const a = await loadSearchFrame('http://127.0.0.1:9');
      expect(a.before).toContain('<header>Masthead</header>');
      expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toBe('http://127.0.0.1:9/search/frame');
      // A section renamed since (on any instance): the next search shows it.
      serving(page(`<nav>Renamed section</nav>${FRAME_SLOT}`));
      expect((await loadSearchFrame('http://127.0.0.1:9')).before).toContain('Renamed section');
    });

    it("takes the frame from the server's response cache while it keeps one, and fetches it when not", async () => {
      let kept: Buffer | null = Buffer.from(page(`<nav>Kept</nav>${FRAME_SLOT}`));
      const asked: string[] = [];
      globalThis.__newsKeptPage = async (url) => (asked.push(url), kept);
      try {
        const fetchMock = serving(page(`<nav>Fetched</nav>${FRAME_SLOT}`));
        const first = await loadSearchFrame('http://127.0.0.1:9');
        expect(first.before).toContain('<nav>Kept</nav>');
        // The same kept copy is split once.
        expect(await loadSearchFrame('http://127.0.0.1:9')).toBe(first);
        expect(asked).toEqual(['/search/frame', '/search/frame']);
        expect(fetchMock).not.toHaveBeenCalled();
        // A new copy (a write expired the old one): the new copy, never the old split.
        kept = Buffer.from(page(`<nav>Renamed</nav>${FRAME_SLOT}`));
        expect((await loadSearchFrame('http://127.0.0.1:9')).before).toContain('<nav>Renamed</nav>');
        // Nothing kept: fetched from this server, which renders and keeps it.
        kept = null;
        expect((await loadSearchFrame('http://127.0.0.1:9')).before).toContain('<nav>Fetched</nav>');
        expect(fetchMock).toHaveBeenCalledTimes(1);
      } finally {
        globalThis.__newsKeptPage = undefined;
      }
    });

    it('answers with the bare frame, says so in the log and keeps nothing, when the frame cannot be had', async () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      serving('boom', 500);
      expect(await loadSearchFrame('http://127.0.0.1:9')).toBe(BARE_FRAME);
      vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
      expect(await loadSearchFrame('http://127.0.0.1:9')).toBe(BARE_FRAME);
      const noSlot = serving('<html><body>no slot</body></html>');
      expect(await loadSearchFrame('http://127.0.0.1:9')).toBe(BARE_FRAME);
      expect(noSlot).toHaveBeenCalledTimes(1);
      expect(log).toHaveBeenCalledTimes(3);
      expect(fillFrame(BARE_FRAME, 'Search: oil', '<p>results</p>')).toContain('<title>Search: oil</title>');
      log.mockRestore();
    });
  });
});
