import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sampleItem } from './fixtures';
import { toNewsMl } from './newsml';
import { toNinjs } from './ninjs';

// IPTC's own ninjs 2.2 schema, copied unchanged into standards/ninjs/ (see its README).
const schema = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'standards/ninjs/ninjs-schema_2.2.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// `places[].geojson` refers to geojson.org's schema, which is not shipped and which we never use:
// registered as "anything" so the reference resolves offline.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
const validate = ajv.compile(schema);
const errors = () => ajv.errorsText(validate.errors);

describe('ninjs', () => {
  it('an item with every field validates against IPTC’s ninjs 2.2 schema', () => {
    const item = toNinjs(sampleItem({ embargoedUntil: new Date('2026-01-21T06:00:00Z') }));
    expect(validate(item), errors()).toBe(true);
    expect(item).toMatchObject({
      uri: 'urn:meridianwire:item:42',
      type: 'text',
      version: '3',
      pubstatus: 'usable',
      urgency: 3,
      language: 'en-GB',
      embargoed: '2026-01-21T06:00:00.000Z',
      versioncreated: '2026-01-20T12:30:00.000Z',
      firstcreated: '2026-01-20T10:00:00.000Z',
      headlines: [{ role: 'main', value: 'Caracas and Moscow sign an oil deal' }],
      by: 'Elena Duarte, Omar Haddad',
      located: 'CARACAS',
      slugline: 'VENEZUELA-RUSSIA/',
      subjects: [{ name: 'energy industry', literal: 'medtop:20000344', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000344' }],
      genres: [{ name: 'news', literal: 'genre:news' }],
      copyrightholder: 'Meridian Wire',
      copyrightnotice: '© 2026 Meridian Wire',
      usageterms: 'For clients of Meridian Wire only.',
      ednote: 'Corrects the name of the second field.',
    });
    expect(item.associations).toEqual([
      expect.objectContaining({ name: 'featureimage', type: 'picture', renditions: [expect.objectContaining({ width: 2400, height: 1600, sizeinbytes: 345678, contenttype: 'image/webp' })] }),
    ]);
  });

  it('a bare item (no image, dek, byline, topics or notes) and a canceled one validate too', () => {
    const bare = sampleItem({ image: null, dek: '', byline: [], mediaTopics: [], genre: null, located: null, slugline: null, usageTerms: null, ednote: null, source: null, webUrl: null });
    expect(validate(toNinjs(bare)), errors()).toBe(true);
    expect(toNinjs(bare)).not.toHaveProperty('descriptions');
    expect(validate(toNinjs(sampleItem({ pubstatus: 'canceled', version: 4 }))), errors()).toBe(true);
  });

  it('the validator is live: a property ninjs does not know, or a wrong pubstatus, fails', () => {
    expect(validate({ ...toNinjs(sampleItem()), slug: 'caracas' })).toBe(false);
    expect(validate({ ...toNinjs(sampleItem()), pubstatus: 'killed' })).toBe(false);
  });
});

describe('NewsML-G2', () => {
  it('is well-formed and has newsItem with itemMeta, contentMeta and contentSet in order, even for hostile text', () => {
    const xml = toNewsMl(sampleItem({ headline: 'A & B <script> "quoted" \u0001 control', bodyHtml: '<p>Un<br>closed &nbsp; tags</p>' }));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, preserveOrder: true }).parse(xml);
    const newsItem = doc.find((n: Record<string, unknown>) => 'newsItem' in n);
    const children = (newsItem.newsItem as Record<string, unknown>[]).map((c) => Object.keys(c).find((k) => k !== ':@'));
    expect(children).toEqual(['catalogRef', 'rightsInfo', 'itemMeta', 'contentMeta', 'contentSet']);
    expect(newsItem[':@']).toMatchObject({ '@_guid': 'urn:meridianwire:item:42', '@_version': '3', '@_standard': 'NewsML-G2' });
    const parsed = new XMLParser().parse(xml);
    // Read back as typed, less the control character XML cannot carry.
    expect(parsed.newsItem.contentMeta.headline).toBe('A & B <script> "quoted"  control');
    expect(parsed.newsItem.contentMeta.urgency).toBe(3);
    expect(parsed.newsItem.itemMeta.versionCreated).toBe('2026-01-20T12:30:00.000Z');
  });
});
