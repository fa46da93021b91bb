import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS } from '@/lib/request-limits';
import { htmlToText, MAX_BODY_DEPTH, nestingDepth, sanitizeStoryBody, sanitizeStoryHtml } from './sanitize';

// Hostile input an editor paste, an imported wire story or a malicious staff account could carry.
const HOSTILE: [string, string][] = [
  ['script tag', '<p>a</p><script>alert(1)</script>'],
  ['script with src', '<script src="https://evil.test/x.js"></script>'],
  ['uppercase script', '<SCRIPT>alert(1)</SCRIPT>'],
  ['img onerror', '<img src="x" onerror="alert(1)">'],
  ['svg onload', '<svg onload="alert(1)"><circle/></svg>'],
  ['body onload', '<body onload="alert(1)">'],
  ['p onclick', '<p onclick="alert(1)">click</p>'],
  ['a mouseover', '<a href="https://ok.test" onmouseover="alert(1)">x</a>'],
  ['javascript href', '<a href="javascript:alert(1)">x</a>'],
  ['javascript href with entities', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  ['javascript href mixed case and spaces', '<a href="  JaVaScRiPt:alert(1)">x</a>'],
  ['vbscript href', '<a href="vbscript:msgbox(1)">x</a>'],
  ['data html href', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['data image src', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
  ['protocol-relative src', '<img src="//evil.test/x.png">'],
  ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['style tag', '<style>body{display:none}</style><p>x</p>'],
  ['iframe from elsewhere', '<iframe src="https://evil.test/frame"></iframe>'],
  ['iframe javascript', '<iframe src="javascript:alert(1)"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>" src="https://www.youtube-nocookie.com/embed/x"></iframe>'],
  ['object/embed', '<object data="x.swf"></object><embed src="x.swf">'],
  ['form', '<form action="https://evil.test"><input name="password"><button>go</button></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.test">'],
  ['base tag', '<base href="https://evil.test/">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.test/x.css">'],
  ['math/xlink', '<math><maction xlink:href="javascript:alert(1)">x</maction></math>'],
  ['template', '<template><script>alert(1)</script></template>'],
  ['noscript smuggling', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['comment smuggling', '<!--><img src=x onerror=alert(1)>-->'],
  ['unclosed attribute', '<p title="x><script>alert(1)</script>'],
  ['id and class', '<p id="login" class="admin-only">x</p>'],
  ['formaction', '<button formaction="javascript:alert(1)">x</button>'],
];

describe('sanitizeStoryHtml against hostile input', () => {
  it.each(HOSTILE)('%s', (_name, input) => {
    const out = sanitizeStoryHtml(input);
    expect(out).not.toMatch(/<script|<style|<svg|<object|<embed|<form|<meta|<base|<link|<math|<template|<button|<input/i);
    expect(out).not.toMatch(/\son[a-z]+\s*=/i);
    expect(out).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(out).not.toMatch(/\sstyle=|\sclass=|\sid=|srcdoc/i);
    expect(out).not.toMatch(/src="\/\//);
    expect(out).not.toMatch(/evil\.test\/frame/);
  });

  it('keeps the formatting the editor produces', () => {
    const html =
      '<h2>Head</h2><h3>Sub</h3><p><strong>b</strong> <em>i</em> <a href="https://example.com">l</a></p><blockquote><p>q</p></blockquote><ul><li>a</li></ul><ol><li>b</li></ol><figure><img src="/media/2026/05/a.webp" alt="A"><figcaption>Cap</figcaption></figure>';
    const out = sanitizeStoryHtml(html);
    for (const tag of ['<h2>', '<h3>', '<strong>', '<em>', '<blockquote>', '<ul>', '<ol>', '<figure>', '<figcaption>']) expect(out).toContain(tag);
    expect(out).toContain('src="/media/2026/05/a.webp"');
    expect(out).toContain('rel="noopener noreferrer"');
  });

  it('keeps allowlisted embeds', () => {
    expect(sanitizeStoryHtml('<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>')).toContain('youtube-nocookie.com/embed/abc');
  });

  it('turns Word’s b/i into strong/em and drops its noise', () => {
    const word = '<p class="MsoNormal" style="mso-line-height:1"><b><span lang="EN">Bold</span></b><o:p></o:p> <i>it</i></p>';
    expect(sanitizeStoryHtml(word)).toBe('<p><strong>Bold</strong> <em>it</em></p>');
  });

  it('does not leak the text of removed script or style elements', () => {
    expect(htmlToText('<p>a</p><script>secret()</script><style>.x{}</style>')).toBe('a');
  });
});

describe('sanitizeStoryBody checks what will be stored', () => {
  it('refuses 360,000 characters of unclosed blockquotes, which sanitizing would double', () => {
    const nested = '<blockquote>'.repeat(30_000);
    expect(nested.length).toBe(360_000);
    const r = sanitizeStoryBody(nested);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/nests too deeply/) });
  });

  it('refuses a body under the cap that grows past it when cleaned', () => {
    const body = '<b>x</b>'.repeat(50_000);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(sanitizeStoryBody(body)).toEqual({ ok: false, message: expect.stringMatching(/too long once cleaned up/) });
  });

  it('accepts nesting up to the bound and refuses one level more', () => {
    const nest = (n: number) => '<blockquote>'.repeat(n) + 'q' + '</blockquote>'.repeat(n);
    expect(sanitizeStoryBody(nest(MAX_BODY_DEPTH))).toEqual({ ok: true, html: nest(MAX_BODY_DEPTH) });
    expect(sanitizeStoryBody(nest(MAX_BODY_DEPTH + 1)).ok).toBe(false);
  });

  it('counts depth by elements, not by void tags or escaped text', () => {
    expect(nestingDepth('<p>a<br />b</p><ul><li><p>x &lt;p&gt;</p></li></ul><figure><img src="/media/a.webp" alt="" /></figure>')).toBe(3);
  });
});
