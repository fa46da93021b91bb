import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

// What the feed standards require, checked the same way by the unit tests (lib/feeds) and the
// end-to-end tests (e2e/distribution.spec.ts). Each check returns the problems it found: none is a pass.

type Node = Record<string, unknown>;

const atomParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'author', 'category', 'id', 'title', 'updated'].includes(name) });

// RFC 3339 date-time (section 3.3 of RFC 4287), with a zone, as atom:updated and atom:published must be.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

const text = (node: unknown): string => (typeof node === 'object' && node !== null ? String((node as Node)['#text'] ?? '') : String(node ?? ''));
const list = (node: unknown): Node[] => (Array.isArray(node) ? (node as Node[]) : []);

/** The element appears exactly once with a non-empty value; `check` tests that value. */
function once(where: string, parent: Node, name: string, problems: string[], check?: (value: string) => boolean) {
  const found = list(parent[name]);
  if (found.length !== 1) return void problems.push(`${where}: ${found.length} atom:${name} (exactly one required)`);
  const value = text(found[0]).trim();
  if (!value) problems.push(`${where}: empty atom:${name}`);
  else if (check && !check(value)) problems.push(`${where}: atom:${name} "${value}" is malformed`);
}

function hasAuthor(node: Node): boolean {
  return list(node.author).some((a) => text(a.name).trim() !== '');
}

/**
 * An Atom document checked against RFC 4287's requirements: a feed with one id (an IRI), title and
 * updated (RFC 3339), authors (on the feed or on every entry), a rel="self" link; each entry with
 * one id, title and updated, an alternate link, and content or summary.
 */
export function atomProblems(xml: string): { problems: string[]; feed: Node | null } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { problems: [`not well-formed XML: ${valid.err.msg}`], feed: null };
  const feed = (atomParser.parse(xml) as Node).feed as Node | undefined;
  if (!feed) return { problems: ['no atom:feed root'], feed: null };
  const problems: string[] = [];
  if (feed['@_xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('atom:feed is not in the Atom namespace');
  once('feed', feed, 'id', problems, (v) => IRI.test(v));
  once('feed', feed, 'title', problems);
  once('feed', feed, 'updated', problems, (v) => RFC3339.test(v));
  const links = list(feed.link);
  if (!links.some((l) => l['@_rel'] === 'self' && IRI.test(String(l['@_href'])))) problems.push('feed: no link rel="self"');
  const entries = list(feed.entry);
  if (!hasAuthor(feed) && !entries.every(hasAuthor)) problems.push('feed: no atom:author on the feed nor on every entry');
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    once(where, entry, 'id', problems, (v) => IRI.test(v));
    once(where, entry, 'title', problems);
    once(where, entry, 'updated', problems, (v) => RFC3339.test(v));
    const alternate = list(entry.link).filter((l) => (l['@_rel'] ?? 'alternate') === 'alternate');
    if (alternate.length === 0 || !alternate.every((l) => IRI.test(String(l['@_href'])))) problems.push(`${where}: no absolute link rel="alternate"`);
    if (entry.content === undefined && entry.summary === undefined) problems.push(`${where}: neither atom:content nor atom:summary`);
    if (entry.published !== undefined && !RFC3339.test(text(entry.published))) problems.push(`${where}: atom:published is malformed`);
  });
  return { problems, feed };
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const jsonFeedSchema = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'standards/jsonfeed/json-feed-1.1.schema.json'), 'utf8'));
const validateJsonFeed = ajv.compile(jsonFeedSchema);

/** A JSON Feed document checked against our JSON Schema of JSON Feed 1.1 (standards/jsonfeed). */
export function jsonFeedProblems(body: string): { problems: string[]; feed: Node | null } {
  let feed: Node;
  try {
    feed = JSON.parse(body) as Node;
  } catch (error) {
    return { problems: [`not JSON: ${(error as Error).message}`], feed: null };
  }
  if (validateJsonFeed(feed)) return { problems: [], feed };
  return { problems: (validateJsonFeed.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`), feed };
}
