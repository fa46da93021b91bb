import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '@/db/queries/audit';
import { auditSentence, SENTENCE_ACTIONS, type AuditLine } from './audit-sentence';

const line = (over: Partial<AuditLine>): AuditLine => ({ action: 'x', actorName: 'Elena Duarte', targetType: 'story', targetId: 7, targetName: null, details: {}, ...over });

// One entry per action the log knows, as the screen that records it writes it.
const EXAMPLES: Record<string, [Partial<AuditLine>, string]> = {
  'story.publish': [{ details: { headline: 'Port strike ends', status: 'published' } }, 'Elena Duarte published “Port strike ends”.'],
  'story.unpublish': [{ details: { headline: 'Port strike ends', status: 'unpublished' } }, 'Elena Duarte took “Port strike ends” off the site (now unpublished).'],
  'story.update': [{ details: { headline: 'Port strike ends', changed: ['headline', 'body', 'authorIds'] } }, 'Elena Duarte edited the live story “Port strike ends”: headline, text and byline.'],
  'story.note': [{ details: { headline: 'Port strike ends', kind: 'correction', body: 'The port is Antwerp.' } }, 'Elena Duarte added a correction to “Port strike ends”: “The port is Antwerp.”'],
  'story.delete': [{ details: { headline: 'Port strike ends', status: 'in_review' } }, 'Elena Duarte deleted “Port strike ends” (it was in review).'],
  'story.restore': [{ details: { headline: 'Port strike ends', version: 3 } }, 'Elena Duarte restored version 3 of “Port strike ends”.'],
  'story.move_section': [{ details: { headline: 'Port strike ends', section: 'Business' } }, 'Elena Duarte moved “Port strike ends” to Business.'],
  'story.kill': [{ details: { headline: 'Port strike ends' } }, 'Elena Duarte killed “Port strike ends”: it is withdrawn from the site and from clients.'],
  'story.embargo_lift': [{ details: { headline: 'Port strike ends' } }, 'Elena Duarte lifted the embargo on “Port strike ends” early: it is public from now on.'],
  'story.changes_requested': [
    { details: { headline: 'Port strike ends', note: 'Name the second source.' } },
    'Elena Duarte sent “Port strike ends” back to its writer with the note “Name the second source.”',
  ],
  'front.update': [{ targetType: 'front', targetId: null, details: { headline: 'Port strike ends' } }, 'Elena Duarte rearranged the front page (“Port strike ends”).'],
  'front.banner': [{ targetType: 'front', targetId: null, details: { headline: 'Polls close at 8' } }, 'Elena Duarte changed the breaking-news banner to “Polls close at 8”.'],
  'staff.invite': [{ targetType: 'user', targetName: 'Omar Haddad', details: { email: 'omar@wire.test', role: 'journalist' } }, 'Elena Duarte invited Omar Haddad (omar@wire.test) as journalist.'],
  'staff.role': [{ targetType: 'user', targetName: 'Omar Haddad', details: { email: 'omar@wire.test', from: 'journalist', to: 'editor' } }, 'Elena Duarte changed Omar Haddad’s role from journalist to editor.'],
  'staff.deactivate': [{ targetType: 'user', targetName: 'Omar Haddad' }, 'Elena Duarte deactivated the account of Omar Haddad.'],
  'staff.reactivate': [{ targetType: 'user', targetName: 'Omar Haddad' }, 'Elena Duarte reactivated the account of Omar Haddad.'],
  'staff.password_reset': [{ targetType: 'user', targetName: 'Omar Haddad' }, 'Elena Duarte issued a one-time password link for Omar Haddad.'],
  'staff.invitation_accepted': [{ actorName: 'Omar Haddad', targetType: 'user', targetName: 'Omar Haddad' }, 'Omar Haddad accepted the invitation and set a password.'],
  'author.create': [{ targetType: 'author', details: { name: 'Wire Desk', slug: 'wire-desk' } }, 'Elena Duarte created the author profile “Wire Desk”.'],
  'author.update': [
    { targetType: 'author', details: { name: 'Omar K. Haddad', fromName: 'Omar Haddad', slug: 'omar-haddad', fromSlug: 'omar-haddad', changed: ['photo'] } },
    'Elena Duarte renamed the author profile “Omar Haddad” to “Omar K. Haddad” and changed its photo.',
  ],
  'author.merge': [{ targetType: 'author', details: { from: 'o-haddad', into: 'omar-haddad', bylines: 4 } }, 'Elena Duarte merged the author profile o-haddad into omar-haddad (4 bylines moved).'],
  'author.delete': [{ targetType: 'author', details: { slug: 'o-haddad', name: 'O. Haddad' } }, 'Elena Duarte deleted the author profile “O. Haddad”.'],
  'section.create': [{ targetType: 'section', details: { name: 'Energy', slug: 'energy' } }, 'Elena Duarte created the section “Energy”.'],
  'section.update': [
    { targetType: 'section', details: { name: 'Energy', fromName: 'Power', slug: 'energy', fromSlug: 'power', changed: [] } },
    'Elena Duarte renamed the section “Power” to “Energy” and moved its address from power to energy (the old one redirects).',
  ],
  'section.delete': [{ targetType: 'section', details: { name: 'Energy', slug: 'energy' } }, 'Elena Duarte deleted the section “Energy”.'],
  'tag.update': [{ targetType: 'tag', details: { name: 'Oil', fromName: 'Oil', slug: 'oil', fromSlug: 'oil', changed: ['description'] } }, 'Elena Duarte edited the tag “Oil” (description).'],
  'tag.merge': [{ targetType: 'tag', details: { from: 'crude', into: 'oil' } }, 'Elena Duarte merged the tag crude into oil.'],
  'tag.delete': [{ targetType: 'tag', details: { name: 'Crude', slug: 'crude' } }, 'Elena Duarte deleted the tag “Crude”.'],
  'settings.update': [
    { targetType: 'settings', targetId: null, details: { changed: ['name', 'timeZone'], changes: [{ key: 'name', from: 'Meridian Wire', to: 'Meridian' }, { key: 'timeZone', from: 'UTC', to: 'Europe/Madrid' }] } },
    'Elena Duarte changed the site settings: site name from “Meridian Wire” to “Meridian”; time zone from “UTC” to “Europe/Madrid”.',
  ],
  'wire.client_create': [
    { targetType: 'wire_client', targetName: 'Daily Example', details: { name: 'Daily Example', webhook: 'https://daily.example/hook' } },
    'Elena Duarte created the wire client “Daily Example” with the webhook https://daily.example/hook.',
  ],
  'wire.key_create': [{ targetType: 'wire_client', targetName: 'Daily Example', details: { prefix: '0a1b2c3d4e5f' } }, 'Elena Duarte issued a new API key (0a1b2c3d4e5f) to the wire client “Daily Example”.'],
  'wire.key_revoke': [{ targetType: 'wire_client', details: { name: 'Daily Example', prefix: '0a1b2c3d4e5f' } }, 'Elena Duarte revoked the API key 0a1b2c3d4e5f of the wire client “Daily Example”.'],
  'wire.webhook': [
    { targetType: 'wire_client', targetName: 'Daily Example', details: { webhook: 'https://daily.example/hook', secret: 'new' } },
    'Elena Duarte set the webhook of the wire client “Daily Example” to https://daily.example/hook (new signing secret).',
  ],
  'wire.product_add': [{ targetType: 'wire_client', targetName: 'Daily Example', details: { product: 'Business' } }, 'Elena Duarte added the product “Business” to the wire client “Daily Example”.'],
  'wire.product_delete': [{ targetType: 'wire_client', targetName: 'Daily Example', details: { product: 'Business' } }, 'Elena Duarte removed the product “Business” from the wire client “Daily Example”.'],
  'wire.resend': [
    { targetType: 'wire_client', targetName: 'Daily Example', details: { headline: 'Port strike ends', version: 4 } },
    'Elena Duarte sent “Port strike ends” (version 4) again to the wire client “Daily Example”.',
  ],
};

describe('audit sentences', () => {
  it('every action the log records has a sentence of its own, and the table above covers each', () => {
    for (const action of AUDIT_ACTIONS) expect(SENTENCE_ACTIONS, action).toContain(action);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...SENTENCE_ACTIONS].sort());
  });

  it.each(Object.entries(EXAMPLES))('%s reads as a sentence with names', (action, [over, sentence]) => {
    expect(auditSentence(line({ action, ...over }))).toBe(sentence);
  });

  it('a restore of a live story says the site changed at once', () => {
    expect(auditSentence(line({ action: 'story.restore', details: { headline: 'Port strike ends', version: 3, live: true } }))).toBe(
      'Elena Duarte restored version 3 of “Port strike ends”, live on the site at once.',
    );
  });

  it('an action no sentence knows yet still reads as a sentence with its details', () => {
    expect(auditSentence(line({ action: 'story.bulk_move', details: { headline: 'Port strike ends', to_section: 'World', stories: [1, 2] } }))).toBe(
      'Elena Duarte made a change (story bulk move) to “Port strike ends”; to section: World; stories: 1, 2.',
    );
    expect(auditSentence(line({ action: 'clients.revoke', actorName: null, targetType: 'client', targetId: 3 }))).toBe('A removed account made a change (clients revoke) to client #3.');
  });

  it('a front-page change reads as the sentence its write recorded, with who made it', () => {
    expect(auditSentence(line({ action: 'front.update', targetType: 'front', details: { summary: 'Pinned “Port strike ends” as the lead of the home page.' } }))).toBe(
      'Elena Duarte pinned “Port strike ends” as the lead of the home page.',
    );
  });

  it('falls back on what was recorded when a name is gone, and on older entries', () => {
    expect(auditSentence(line({ action: 'staff.role', targetType: 'user', targetId: 9, details: { email: 'omar@wire.test', from: 'editor', to: 'admin' } }))).toBe(
      'Elena Duarte changed omar@wire.test’s role from editor to admin.',
    );
    expect(auditSentence(line({ action: 'settings.update', targetType: 'settings', details: { changed: ['tagline'] } }))).toBe('Elena Duarte changed the site settings (tagline).');
    expect(auditSentence(line({ action: 'story.publish', targetId: 12 }))).toBe('Elena Duarte published story #12.');
    expect(auditSentence(line({ action: 'staff.invite', actorName: null, targetType: 'user', targetName: 'Ada Admin', details: { via: 'admin:create' } }))).toBe(
      'The administrator account of Ada Admin was created from the command line.',
    );
    const made = (via: string) => line({ action: 'wire.client_create', actorName: null, targetType: 'wire_client', targetName: 'Harbour Gazette', details: { name: 'Harbour Gazette', webhook: '', via } });
    expect(auditSentence(made('wire:client'))).toBe('The command line created the wire client “Harbour Gazette”.');
    expect(auditSentence(made('db:seed'))).toBe('The demo seed created the wire client “Harbour Gazette”.');
  });
});
