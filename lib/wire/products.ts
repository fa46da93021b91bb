import type { ItemVersion } from './item-version';

// Which items a client takes (issue 12). A client has one or more products; an item goes to it
// when any product allows it. An empty list in a product means "any". Pure, tested as a table.

export type Product = {
  sectionIds: number[];
  topicQcodes: string[];
  languages: string[];
  /** Urgency 1 is the most urgent: the product takes items with urgency <= minUrgency. */
  minUrgency: number;
  /** Whether embargoed items reach the client before the embargo lifts. */
  embargoed: boolean;
};

/** The everything-we-publish product a new client starts with (admins narrow it afterwards). */
export const DEFAULT_PRODUCT: Product = { sectionIds: [], topicQcodes: [], languages: [], minUrgency: 9, embargoed: false };

type Filterable = Pick<ItemVersion, 'section' | 'mediaTopics' | 'language' | 'urgency' | 'embargoedUntil'>;

/** A product language "en" takes en, en-GB and en-US; "en-GB" takes only en-GB (case-insensitive). */
export function languageMatches(wanted: string, itemLanguage: string): boolean {
  const w = wanted.toLowerCase();
  const l = itemLanguage.toLowerCase();
  return l === w || l.startsWith(`${w}-`);
}

/** True while the item's embargo has not lifted at `now`. */
export function isEmbargoed(item: Pick<ItemVersion, 'embargoedUntil'>, now: number): boolean {
  return item.embargoedUntil !== null && item.embargoedUntil.getTime() > now;
}

/** Whether this one product takes the item at `now`. */
export function productAllows(product: Product, item: Filterable, now: number): boolean {
  if (product.sectionIds.length && !(item.section && product.sectionIds.includes(item.section.id))) return false;
  if (product.topicQcodes.length && !item.mediaTopics.some((t) => product.topicQcodes.includes(t.qcode))) return false;
  if (product.languages.length && !product.languages.some((l) => languageMatches(l, item.language))) return false;
  if (item.urgency > product.minUrgency) return false;
  if (isEmbargoed(item, now) && !product.embargoed) return false;
  return true;
}

/** Whether a client with these products takes the item at `now` (no products: nothing). */
export function clientAllows(products: readonly Product[], item: Filterable, now: number): boolean {
  return products.some((p) => productAllows(p, item, now));
}
