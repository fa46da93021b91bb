import { describe, expect, it } from 'vitest';
import type { WireItemVersion } from './item-resolve';
import { fromWireItem } from './item-version';

// The story side's version (lib/wire/item.ts) in the client side's shape.

const version: WireItemVersion = {
  uri: 'urn:meridianwire:item:42',
  articleId: 42,
  version: 3,
  pubstatus: 'usable',
  change: 'update',
  embargoed: '2026-01-20T15:00:00.000Z',
  embargoNote: 'Not before the press conference',
  versioncreated: '2026-01-20T12:30:00.000Z',
  firstcreated: '2026-01-20T10:00:00.000Z',
  availableAt: Date.parse('2026-01-20T12:30:00.000Z'),
  slugline: 'VENEZUELA-RUSSIA/',
  urgency: 2,
  headline: 'Caracas and Moscow sign an oil deal',
  dek: 'Two fields in the Orinoco belt.',
  body: '<p>Venezuela and Russia signed…</p>',
  bodyText: 'Venezuela and Russia signed…',
  dateline: { place: 'CARACAS', text: 'CARACAS, Jan 20 (Meridian Wire) –' },
  language: 'en-GB',
  genre: 'news',
  subjects: [{ qcode: 'medtop:20000344', name: 'energy industry' }],
  section: { slug: 'energy', name: 'Energy' },
  tags: [],
  bylines: [
    { name: 'Elena Duarte', slug: 'elena-duarte', jobTitle: '', href: 'https://meridian.example/authors/elena-duarte' },
    { name: 'Omar Haddad', slug: 'omar-haddad', jobTitle: '', href: 'https://meridian.example/authors/omar-haddad' },
  ],
  image: {
    href: 'https://meridian.example/media/oil.webp',
    alt: 'A rig',
    caption: 'A rig at dusk.',
    credit: 'Ana Ruiz',
    width: 2400,
    height: 1600,
    contentType: 'image/webp',
    renditions: [
      { href: 'https://meridian.example/media/oil.webp', width: 2400, height: 1600, contentType: 'image/webp' },
      { href: 'https://meridian.example/media/oil-w800.webp', width: 800, height: 533, contentType: 'image/webp' },
    ],
  },
  source: null,
  copyrightHolder: 'Meridian Wire',
  copyrightNotice: '© 2026 Meridian Wire. All rights reserved.',
  usageTerms: '',
  ednote: 'Figures to follow.',
  correctionNote: null,
  notes: [],
  url: 'https://meridian.example/energy/oil-deal',
  publishedAt: '2026-01-20T15:00:00.000Z',
  updatedAt: null,
  killReason: null,
};

describe('a wire version for the client side', () => {
  it('maps names, times and empty strings, and finds the section by its id', () => {
    expect(fromWireItem(version, 7)).toEqual({
      itemId: 42,
      uri: 'urn:meridianwire:item:42',
      version: 3,
      pubstatus: 'usable',
      firstCreated: new Date('2026-01-20T10:00:00Z'),
      versionCreated: new Date('2026-01-20T12:30:00Z'),
      embargoedUntil: new Date('2026-01-20T15:00:00Z'),
      urgency: 2,
      language: 'en-GB',
      slugline: 'VENEZUELA-RUSSIA/',
      headline: 'Caracas and Moscow sign an oil deal',
      dek: 'Two fields in the Orinoco belt.',
      bodyHtml: '<p>Venezuela and Russia signed…</p>',
      bodyText: 'Venezuela and Russia signed…',
      byline: ['Elena Duarte', 'Omar Haddad'],
      located: 'CARACAS',
      genre: 'news',
      section: { id: 7, slug: 'energy', name: 'Energy' },
      mediaTopics: [{ qcode: 'medtop:20000344', label: 'energy industry' }],
      copyrightHolder: 'Meridian Wire',
      copyrightNotice: '© 2026 Meridian Wire. All rights reserved.',
      usageTerms: null,
      ednote: 'Figures to follow.',
      source: null,
      webUrl: 'https://meridian.example/energy/oil-deal',
      image: { href: 'https://meridian.example/media/oil.webp', alt: 'A rig', caption: 'A rig at dusk.', credit: 'Ana Ruiz', width: 2400, height: 1600, bytes: null, mime: 'image/webp' },
    });
  });

  it('leaves out what is empty or gone: no dateline, image, slugline, embargo; a section that no longer exists', () => {
    const bare = fromWireItem({ ...version, dateline: null, image: null, slugline: '', embargoed: null, ednote: '' }, null);
    expect(bare).toMatchObject({ located: null, image: null, slugline: null, embargoedUntil: null, ednote: null, section: null });
  });

  it('a canceled version carries its kill reason as the editors’ note and no web address; a withheld one no address', () => {
    expect(fromWireItem({ ...version, pubstatus: 'canceled', change: 'kill', killReason: 'Legal: wrong figures.' }, 7)).toMatchObject({ pubstatus: 'canceled', ednote: 'Legal: wrong figures.', webUrl: null });
    expect(fromWireItem({ ...version, pubstatus: 'canceled', change: 'kill', killReason: '' }, 7).ednote).toBe('Figures to follow.');
    expect(fromWireItem({ ...version, pubstatus: 'withheld', change: 'withhold' }, 7)).toMatchObject({ ednote: 'Figures to follow.', webUrl: null });
  });
});
