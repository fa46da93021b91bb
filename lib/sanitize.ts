import sanitizeHtml from 'sanitize-html';
import { MAX_BODY_CHARS } from '@/lib/request-limits';

// Embeds we accept in story bodies; everything else in an iframe is dropped.
const EMBED_HOSTS = ['www.youtube-nocookie.com', 'www.youtube.com', 'player.vimeo.com'];

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'br', 'hr',
    'figure', 'figcaption', 'img', 'iframe', 'code', 'pre', 'sub', 'sup',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading'],
    iframe: ['src', 'title', 'width', 'height', 'allowfullscreen', 'loading'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https', 'http'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowedIframeHostnames: EMBED_HOSTS,
  allowIframeRelativeUrls: false,
  disallowedTagsMode: 'discard',
  // Never let text of a removed script or style tag leak into the story as visible text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head'],
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:/i.test(attribs.href ?? '');
      return {
        tagName,
        attribs: external ? { ...attribs, rel: 'noopener noreferrer', target: '_blank' } : { ...attribs, target: '' },
      };
    },
    // Word processors paste <b>/<i>; keep the meaning with the semantic tags.
    b: 'strong',
    i: 'em',
  },
  exclusiveFilter: (frame) => frame.tag === 'p' && frame.text.trim() === '' && !frame.mediaChildren?.length,
};

/** Story-body HTML reduced to the newsroom's allowlist. Run on save and again on render. */
export function sanitizeStoryHtml(html: string): string {
  return sanitizeHtml(html, options).replace(/ target=""/g, '');
}

/**
 * How deep a story body may nest elements. Real stories need a handful (a list in a quote in a
 * figure); unclosed tags nested by the thousand make the sanitizer close each one, doubling the
 * body, and make every render slow.
 */
export const MAX_BODY_DEPTH = 32;

const VOID_TAGS = new Set(['br', 'hr', 'img']);

/** Deepest element nesting of sanitized HTML (well formed, allowlisted tags, `<` escaped in text). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, tag] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gi)) {
    if (VOID_TAGS.has(tag!.toLowerCase())) continue;
    depth += closing ? -1 : 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

export type StoryBodyCheck = { ok: true; html: string } | { ok: false; message: string };

/**
 * Sanitizes a story body and checks what will be stored, not what was sent: sanitizing closes
 * every open tag, so a body under the cap can come out well over it (issue 11, item 11).
 * Refuses rather than truncates, so nothing the writer typed is silently lost.
 */
export function sanitizeStoryBody(html: string): StoryBodyCheck {
  const clean = sanitizeStoryHtml(html);
  if (nestingDepth(clean) > MAX_BODY_DEPTH)
    return { ok: false, message: `The story body nests too deeply (at most ${MAX_BODY_DEPTH} levels of quotes, lists and the like).` };
  if (clean.length > MAX_BODY_CHARS)
    return { ok: false, message: `The story body is too long once cleaned up (${clean.length.toLocaleString('en-GB')} characters, at most ${MAX_BODY_CHARS.toLocaleString('en-GB')}).` };
  return { ok: true, html: clean };
}

/** Plain text of an HTML fragment (for descriptions, feeds and search snippets). */
export function htmlToText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
