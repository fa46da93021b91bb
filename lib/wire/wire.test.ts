import { describe, expect, it } from 'vitest';
import { MEDIA_TOPICS, mediaTopic, searchMediaTopics, SECTION_TOPICS, topicsForStory } from './media-topics';
import { articleIdOfUri, datelineText, wireRights, wireUri, withDateline } from './snapshot';
import { wireStatusAfterSave, wireVersionForSave, type WireFacts } from './versioning';

const NOW = Date.UTC(2026, 0, 20, 15);
const HOUR = 3_600_000;

describe('the dateline', () => {
  it('reads as a wire desk writes it, in the site’s zone, and leads the first paragraph', () => {
    expect(datelineText('Caracas', NOW, 'America/Caracas', 'Meridian Wire')).toBe('CARACAS, Jan 20 (Meridian Wire) –');
    // 01:00 UTC on the 21st is still the 20th in Caracas.
    expect(datelineText('Caracas', Date.UTC(2026, 0, 21, 1), 'America/Caracas', 'Meridian Wire')).toBe('CARACAS, Jan 20 (Meridian Wire) –');
    expect(datelineText('  ', NOW, 'UTC', 'Meridian Wire')).toBe('');
    expect(withDateline('<p>Oil output rose.</p><p>More.</p>', 'CARACAS, Jan 20 (Meridian Wire) –')).toBe(
      '<p><span class="story-dateline font-semibold">CARACAS, Jan 20 (Meridian Wire) –</span> Oil output rose.</p><p>More.</p>',
    );
    expect(withDateline('<h2>Lead</h2>', 'A <b> –')).toBe('<p><span class="story-dateline font-semibold">A &lt;b&gt; –</span> </p><h2>Lead</h2>');
    expect(withDateline('<p>x</p>', '')).toBe('<p>x</p>');
  });
});

describe('rights and ids', () => {
  it('defaults to the agency’s notice, and a partner’s story carries the partner’s', () => {
    const story = { copyrightHolder: null, copyrightNotice: null, source: null, publishedAt: NOW };
    expect(wireRights(story, 'Meridian Wire')).toEqual({ holder: 'Meridian Wire', notice: '© 2026 Meridian Wire. All rights reserved.' });
    expect(wireRights({ ...story, source: { name: 'Gestion' } }, 'Meridian Wire')).toEqual({ holder: 'Gestion', notice: 'Source: Gestion' });
    expect(wireRights({ ...story, copyrightHolder: 'AFP', copyrightNotice: '© AFP' }, 'Meridian Wire')).toEqual({ holder: 'AFP', notice: '© AFP' });
  });

  it('names each item by a stable urn', () => {
    expect(wireUri(42)).toBe('urn:meridianwire:item:42');
    expect(articleIdOfUri('urn:meridianwire:item:42')).toBe(42);
    expect(articleIdOfUri('urn:meridianwire:item:x')).toBeNull();
    expect(articleIdOfUri('urn:other:item:42')).toBeNull();
  });
});

describe('Media Topics', () => {
  it('ship a subset of the IPTC vocabulary with well-formed qcodes, parents and section defaults', () => {
    expect(MEDIA_TOPICS.length).toBeGreaterThanOrEqual(60);
    expect(MEDIA_TOPICS.length).toBeLessThanOrEqual(120);
    expect(new Set(MEDIA_TOPICS.map((t) => t.qcode)).size).toBe(MEDIA_TOPICS.length);
    for (const t of MEDIA_TOPICS) {
      expect(t.qcode).toMatch(/^medtop:\d{8}$/);
      if (t.broader) expect(mediaTopic(t.broader), t.qcode).toBeDefined();
    }
    for (const qcodes of Object.values(SECTION_TOPICS)) for (const q of qcodes) expect(mediaTopic(q), q).toBeDefined();
    expect(mediaTopic('medtop:11000000')?.label).toBe('politics and government');
  });

  it('are found by any words of their label or their parent’s, and sections fill in when none are picked', () => {
    expect(searchMediaTopics('election').map((t) => t.qcode)).toEqual(['medtop:20000574']);
    expect(searchMediaTopics('politics elect').map((t) => t.qcode)).toEqual(['medtop:20000574']);
    expect(searchMediaTopics('zzz')).toEqual([]);
    expect(topicsForStory([], 'politics')).toEqual(['medtop:11000000']);
    expect(topicsForStory(['medtop:20000574'], 'politics')).toEqual(['medtop:20000574']);
    expect(topicsForStory([], 'no-such-section')).toEqual([]);
  });
});

describe('which save writes a wire version', () => {
  const out = (over: Partial<WireFacts> = {}): WireFacts => ({ status: 'published', publishedAt: NOW - HOUR, wireStatus: 'usable', wireVersion: 1, ...over });
  const live = { status: 'published' as const, publishedAt: NOW - HOUR, embargoUntil: null };
  const edit = (changeKind?: 'substantive' | 'minor', correctionChanged = false) => ({ changeKind, correctionChanged });

  it.each([
    ['a first publication', null, live, edit(), 'publish'],
    ['a minor fix', out(), live, edit('minor'), null],
    ['a substantive update', out(), live, edit('substantive'), 'update'],
    ['a correction typed on the story, even as a minor fix', out(), live, edit('minor', true), 'correction'],
    ['an unpublish (withhold)', out(), { ...live, status: 'unpublished' as const }, edit(), 'withhold'],
    ['republishing a withheld story', out({ status: 'unpublished', wireStatus: 'withheld' }), live, edit(), 'publish'],
    ['a draft saved', null, { status: 'draft' as const, publishedAt: null, embargoUntil: null }, edit(), null],
    ['any save of a scheduled story before its time', out({ status: 'scheduled', publishedAt: NOW + HOUR }), { status: 'scheduled' as const, publishedAt: NOW + HOUR, embargoUntil: null }, edit(), 'update'],
  ] as const)('%s → %s', (_name, before, after, e, expected) => {
    expect(wireVersionForSave(before, after, e, NOW)?.change ?? null).toBe(expected);
  });

  it('marks an embargoed publication and makes a scheduled one available at its time', () => {
    expect(wireVersionForSave(null, { status: 'published', publishedAt: NOW + HOUR, embargoUntil: NOW + HOUR }, edit(), NOW)).toEqual({ change: 'publish', pubstatus: 'usable', availableAt: NOW, embargoed: NOW + HOUR });
    expect(wireVersionForSave(null, { status: 'scheduled', publishedAt: NOW + HOUR, embargoUntil: null }, edit(), NOW)).toEqual({ change: 'publish', pubstatus: 'usable', availableAt: NOW + HOUR, embargoed: null });
  });

  it('leaves a killed story killed, and a withheld one withheld until it goes out again', () => {
    expect(wireStatusAfterSave(out({ wireStatus: 'canceled', status: 'unpublished' }), { status: 'published' })).toBe('canceled');
    expect(wireStatusAfterSave(out(), { status: 'unpublished' })).toBe('withheld');
    expect(wireStatusAfterSave(out({ status: 'unpublished', wireStatus: 'withheld' }), { status: 'draft' })).toBe('withheld');
    expect(wireStatusAfterSave(out({ status: 'unpublished', wireStatus: 'withheld' }), { status: 'published' })).toBe('usable');
  });
});
