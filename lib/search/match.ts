/**
 * Pure helpers that turn whatever a reader typed into a safe FTS5 MATCH expression and turn the
 * index's highlight markers into escaped HTML. Nothing the reader types reaches FTS5 as syntax:
 * every token is a quoted string, so `"`, `*`, `NEAR`, `-`, `AND`/`OR` and brackets are just text.
 */

/** Longest query we look at; anything beyond is ignored rather than rejected. */
export const MAX_QUERY_CHARS = 2_000;
/** More words than this add cost but hardly change the results. */
export const MAX_TOKENS = 12;
// A one-letter prefix would expand to most of the vocabulary; the index keeps prefixes of 2-4.
const MIN_PREFIX_CHARS = 2;

// Mirrors FTS5's unicode61 tokenizer: letters, numbers and private-use characters make tokens,
// everything else (punctuation, symbols, emoji) separates them. Combining marks only extend a
// token: an emoji's variation selector on its own is not a word.
const TOKEN = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\p{M}]*/gu;

/** The words of a query as the index will see them (at most MAX_TOKENS). */
export function searchTokens(input: string): string[] {
  const text = input.slice(0, MAX_QUERY_CHARS);
  return (text.match(TOKEN) ?? []).slice(0, MAX_TOKENS);
}

function quote(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

/**
 * An FTS5 MATCH expression requiring every word, the last one as a prefix (a word not typed to
 * its end still finds: "Boris" finds Borisov), or null when the input holds no searchable word.
 * `prefix: false` gives the expression with every word as typed.
 */
export function buildMatchExpression(input: string, { prefix = true }: { prefix?: boolean } = {}): string | null {
  const tokens = searchTokens(input);
  if (tokens.length === 0) return null;
  const finished = /\s$/.test(input.slice(0, MAX_QUERY_CHARS));
  return tokens
    .map((token, i) => {
      const last = i === tokens.length - 1;
      return prefix && last && !finished && [...token].length >= MIN_PREFIX_CHARS ? `${quote(token)}*` : quote(token);
    })
    .join(' ');
}

// Private-use code points: never produced by the site's own text, so they cannot be confused with
// content. A stray one in stored text is dropped rather than trusted.
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * HTML for text carrying FTS5 highlight markers: all text escaped, marked runs wrapped in <mark>.
 * Tags are emitted only by this function and always balanced.
 */
export function markedToHtml(marked: string): string {
  let html = '';
  let open = false;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === MARK_OPEN) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MARK_CLOSE) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}

/** Whether marked text contains at least one hit. */
export function hasMark(marked: string): boolean {
  return marked.includes(MARK_OPEN);
}
