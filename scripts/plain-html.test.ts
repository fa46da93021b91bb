import { describe, expect, it } from 'vitest';
import { noScriptPolicy, toPlainHtml } from './plain-html.mjs';

const page = [
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
  '<link rel="preload" href="/_next/static/media/inter.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<title>A story</title><link rel="canonical" href="https://news.example/world/a-story"/></head>',
  '<body><main><h1>A story</h1><p>Text with <a href="/authors/ana">a link</a>.</p>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story"}</script></main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"payload \\u003c/script"])</script>',
  '</body></html>',
].join('');

describe('plain HTML reader pages', () => {
  it('drops every framework script and script preload and keeps the page, styles, fonts and structured data', () => {
    const plain = toPlainHtml(page)!;
    expect(plain).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(plain).not.toContain('as="script"');
    expect(plain).not.toContain('modulepreload');
    expect(plain).not.toContain('__next_f');
    expect(plain).toContain('<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story"}</script>');
    expect(plain).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>');
    expect(plain).toContain('as="font"');
    expect(plain).toContain('<h1>A story</h1><p>Text with <a href="/authors/ana">a link</a>.</p>');
    expect(plain).toContain('<link rel="canonical"');
  });

  it('leaves a page alone when part of its content still waits for a script to move it into place', () => {
    const streamed = page.replace('</main>', '<!--$?--><template id="B:0"></template>Loading…<!--/$--></main><div hidden id="S:0"><p>Late part</p></div><script>$RC("B:0","S:0")</script>');
    expect(toPlainHtml(streamed)).toBeNull();
    const errorShell = '<!DOCTYPE html><html id="__next_error__"><head></head><body><script src="/_next/static/chunks/a.js" async=""></script></body></html>';
    expect(toPlainHtml(errorShell)).toBeNull();
  });

  it('turns any script-src into none and adds one when missing', () => {
    expect(noScriptPolicy("default-src 'self'; script-src 'self' 'unsafe-inline'; img-src 'self'")).toBe("default-src 'self'; script-src 'none'; img-src 'self'");
    expect(noScriptPolicy("script-src 'self'; object-src 'none'")).toBe("script-src 'none'; object-src 'none'");
    expect(noScriptPolicy("default-src 'self'")).toBe("default-src 'self'; script-src 'none'");
  });
});
