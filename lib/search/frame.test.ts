import { describe, expect, it } from 'vitest';
import { FRAME_SLOT, fillFrame, splitFrame } from './frame';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Search | Meridian Wire</title><script src="/_next/static/chunks/main.js" async=""></script></head><body><header>Masthead</header><main id="main">${body}</main><script>self.__next_f.push([1,"payload"])</script></body></html>`;

describe('search frame', () => {
  it('splits the frame around its slot, without the framework runtime', () => {
    const frame = splitFrame(page(FRAME_SLOT));
    expect(frame.before).toContain('<header>Masthead</header><main id="main">');
    expect(frame.after).toBe('</main></body></html>');
    expect(frame.before + frame.after).not.toContain('<script');
  });

  it('refuses a page without exactly one slot', () => {
    expect(() => splitFrame(page('<p>Not found</p>'))).toThrow(/exactly one slot/);
    expect(() => splitFrame(page(FRAME_SLOT + FRAME_SLOT))).toThrow(/exactly one slot/);
  });

  it('fills the slot and titles the page, escaping the title', () => {
    const html = fillFrame(splitFrame(page(FRAME_SLOT)), 'Search: <b>oil</b> & gas', '<p>results</p>');
    expect(html).toContain('<title>Search: &lt;b&gt;oil&lt;/b&gt; &amp; gas | Meridian Wire</title>');
    expect(html).toContain('<main id="main"><p>results</p></main>');
    expect(fillFrame(splitFrame(page(FRAME_SLOT)), 'Search', '')).toContain('<title>Search | Meridian Wire</title>');
  });
});
