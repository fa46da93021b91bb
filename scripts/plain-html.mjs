// @ts-check
// Reader pages as plain HTML: the framework's client runtime taken out of a server-rendered page.
//
// Reader pages are server components with no client code of their own; the only script they carry
// is the framework's (React, the router, and the page's data again as an inline payload, about
// 70% of an article's HTML). Without it a reader page is the same page: links are plain links,
// images plain images, the search box a plain form. It loads no JavaScript, weighs a third, and its
// content policy can forbid scripts altogether. What readers lose is client-side navigation and
// prefetching between pages, which for cached pages of 10–30 KB is not worth 140 KB of script.
//
// Structured data (`<script type="application/ld+json">`) stays: it is data, not code. A page whose
// content still waits for a script to be put in place (a streamed Suspense boundary) is left as it
// is, scripts and all: it would be incomplete without them. So is the framework's error shell, in
// which Next draws not-found and error pages in the browser.

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/g;
const DATA_TYPE = /\btype="application\/(?:ld\+)?json"/;
// React's markers for content streamed after the shell and moved into place by an inline script,
// and the framework's error shell (its not-found and error pages are drawn in the browser).
const NEEDS_SCRIPT = /<div hidden id="S:|<template id="B:|\$RC\(|\$RS\(|\$RX\(|<html[^>]*\bid="__next_error__"/;

/**
 * The page without its client runtime, or null when the page cannot do without it.
 * @param {string} html
 * @returns {string | null}
 */
export function toPlainHtml(html) {
  if (NEEDS_SCRIPT.test(html)) return null;
  return pageLanguage(html.replace(SCRIPT, (tag, attrs) => (DATA_TYPE.test(attrs) ? tag : '')).replace(SCRIPT_PRELOAD, ''));
}

// A story in another language than the site's (issue 12) marks its <article> with it: the root
// layout, which renders <html lang>, cannot see the page's story, so its language is set here.
const PAGE_LANGUAGE = /<article\b[^>]*\bdata-page-lang="([A-Za-z0-9-]{1,35})"/;

/** @param {string} html */
function pageLanguage(html) {
  const found = PAGE_LANGUAGE.exec(html);
  return found ? html.replace(/<html lang="[^"]*"/, `<html lang="${found[1]}"`) : html;
}

/**
 * The content policy for a page that runs no script: whatever `script-src` said becomes 'none'.
 * @param {string} policy
 */
export function noScriptPolicy(policy) {
  return /(^|;\s*)script-src\s[^;]*/.test(policy) ? policy.replace(/(^|;\s*)script-src\s[^;]*/, `$1script-src 'none'`) : `${policy}; script-src 'none'`;
}
