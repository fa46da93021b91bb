import type { ItemVersion } from './item-version';

/** An item version with every field filled, for the wire's unit tests; `over` replaces any of them. */
export function sampleItem(over: Partial<ItemVersion> = {}): ItemVersion {
  return {
    itemId: 42,
    uri: 'urn:meridianwire:item:42',
    version: 3,
    pubstatus: 'usable',
    firstCreated: new Date('2026-01-20T10:00:00Z'),
    versionCreated: new Date('2026-01-20T12:30:00Z'),
    embargoedUntil: null,
    urgency: 3,
    language: 'en-GB',
    slugline: 'VENEZUELA-RUSSIA/',
    headline: 'Caracas and Moscow sign an oil deal',
    dek: 'The agreement covers two fields in the Orinoco belt.',
    bodyHtml: '<p>CARACAS, Jan 20 (Meridian Wire) – Venezuela &amp; Russia signed…</p>',
    bodyText: 'CARACAS, Jan 20 (Meridian Wire) – Venezuela & Russia signed…',
    byline: ['Elena Duarte', 'Omar Haddad'],
    located: 'CARACAS',
    genre: 'news',
    section: { id: 7, slug: 'energy', name: 'Energy' },
    mediaTopics: [{ qcode: 'medtop:20000344', label: 'energy industry' }],
    copyrightHolder: 'Meridian Wire',
    copyrightNotice: '© 2026 Meridian Wire',
    usageTerms: 'For clients of Meridian Wire only.',
    ednote: 'Corrects the name of the second field.',
    source: { name: 'Gestion', url: 'https://gestion.example/' },
    webUrl: 'https://meridian.example/energy/caracas-moscow-oil',
    image: {
      href: 'https://meridian.example/media/2026/01/oil.webp',
      alt: 'An oil rig at dusk',
      caption: 'A rig in the Orinoco belt.',
      credit: 'Ana Ruiz / Meridian Wire',
      width: 2400,
      height: 1600,
      bytes: 345678,
      mime: 'image/webp',
    },
    ...over,
  };
}
