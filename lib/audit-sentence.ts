// The audit log read as sentences ("Elena Duarte changed Omar Haddad's role from journalist to
// editor"). Pure, so it is tested as a table. Entries are written by several screens, some added
// after this file: every action named here has its own sentence, and any other action still reads
// as a sentence (who, what kind of change, on what, with its details), never as raw JSON.

export type AuditLine = {
  action: string;
  /** The actor's current name; null for a removed account or the command line. */
  actorName: string | null;
  targetType: string;
  targetId: number | null;
  /** The target's current name, when it still exists (an account, an author, a section, a tag). */
  targetName: string | null;
  details: Record<string, unknown>;
};

type Parts = { who: string; target: string; d: Details };

class Details {
  constructor(private readonly raw: Record<string, unknown>) {}
  text(key: string): string | null {
    const v = this.raw[key];
    return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;
  }
  list(key: string): string[] {
    const v = this.raw[key];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }
  flag(key: string): boolean {
    return this.raw[key] === true;
  }
  changes(key: string): { key: string; from: string; to: string }[] {
    const v = this.raw[key];
    if (!Array.isArray(v)) return [];
    return v.flatMap((c) => (c && typeof c === 'object' && typeof c.key === 'string' ? [{ key: c.key, from: String(c.from ?? ''), to: String(c.to ?? '') }] : []));
  }
}

const quote = (s: string) => `“${s}”`;
const possessive = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);
const listing = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The story's headline as recorded (stories may be deleted since), else its number. */
const story = ({ d, target }: Parts) => (d.text('headline') ? quote(d.text('headline')!) : target);
/** A person: the account's current name, else the email recorded, else its number. */
const person = ({ d, target }: Parts) => d.text('name') ?? target;
/** A wire client: its current name (the audit list reads it), else the name recorded. */
const client = ({ d, target }: Parts) => quote(d.text('name') ?? target);

const STORY_FIELDS: Record<string, string> = {
  headline: 'headline',
  dek: 'standfirst',
  body: 'text',
  slug: 'address',
  sectionId: 'section',
  authorIds: 'byline',
  tagIds: 'tags',
  publishedAt: 'publish time',
  heroImageUrl: 'hero image',
  heroImageAlt: 'hero image text',
  heroImageCaption: 'caption',
  heroImageCredit: 'image credit',
  sourceName: 'source',
  sourceUrl: 'source link',
  seoTitle: 'search title',
  seoDescription: 'search description',
  correctionNote: 'correction note',
};

const SETTING_NAMES: Record<string, string> = {
  name: 'site name',
  tagline: 'tagline',
  url: 'site address',
  timeZone: 'time zone',
  locale: 'language',
  footerText: 'footer text',
  logoUrl: 'logo',
};

const NOTE_NAMES: Record<string, string> = { correction: 'a correction', clarification: 'a clarification', update: 'an update note', editors_note: 'an editor’s note' };

const fieldNames = (keys: string[], names: Record<string, string>) => listing(keys.map((k) => names[k] ?? k));

const shown = (v: string) => (v === '' ? 'nothing' : quote(v.length > 80 ? `${v.slice(0, 79)}…` : v));

function settingsSentence(p: Parts): string {
  const changes = p.d.changes('changes');
  if (changes.length) {
    return `${p.who} changed the site settings: ${changes.map((c) => `${SETTING_NAMES[c.key] ?? c.key} from ${shown(c.from)} to ${shown(c.to)}`).join('; ')}`;
  }
  // Entries written before values were recorded name only the keys.
  const keys = p.d.list('changed');
  return `${p.who} changed the site settings${keys.length ? ` (${fieldNames(keys, SETTING_NAMES)})` : ''}`;
}

function renamed(p: Parts, kind: string): string {
  const from = p.d.text('fromName');
  const to = p.d.text('name');
  const fromSlug = p.d.text('fromSlug');
  const slug = p.d.text('slug');
  const bits: string[] = [];
  if (from && to && from !== to) bits.push(`renamed the ${kind} ${quote(from)} to ${quote(to)}`);
  if (fromSlug && slug && fromSlug !== slug) bits.push(`moved its address from ${fromSlug} to ${slug} (the old one redirects)`);
  const changed = p.d.list('changed').filter((k) => k !== 'name' && k !== 'slug');
  if (bits.length === 0) bits.push(`edited the ${kind} ${quote(to ?? p.target)}${changed.length ? ` (${listing(changed)})` : ''}`);
  else if (changed.length) bits.push(`changed its ${listing(changed)}`);
  return `${p.who} ${listing(bits)}`;
}

/** "<who> pinned …" from a write's own `summary` sentence, when it gave one. */
function summarised(p: Parts): string | undefined {
  const summary = p.d.text('summary')?.trim().replace(/\.$/, '');
  return summary ? `${p.who} ${summary.charAt(0).toLowerCase()}${summary.slice(1)}` : undefined;
}

const SENTENCES: Record<string, (p: Parts) => string> = {
  'story.publish': (p) => `${p.who} ${p.d.text('status') === 'scheduled' ? 'scheduled' : 'published'} ${story(p)}`,
  'story.unpublish': (p) => `${p.who} took ${story(p)} off the site${p.d.text('status') ? ` (now ${p.d.text('status')!.replace('_', ' ')})` : ''}`,
  'story.update': (p) => {
    const changed = p.d.list('changed');
    return `${p.who} edited the live story ${story(p)}${changed.length ? `: ${fieldNames(changed, STORY_FIELDS)}` : ''}`;
  },
  'story.note': (p) => `${p.who} added ${NOTE_NAMES[p.d.text('kind') ?? ''] ?? 'a note'} to ${story(p)}${p.d.text('body') ? `: ${shown(p.d.text('body')!)}` : ''}`,
  'story.delete': (p) => `${p.who} deleted ${story(p)}${p.d.text('status') ? ` (it was ${p.d.text('status')!.replace('_', ' ')})` : ''}`,
  'story.restore': (p) =>
    `${p.who} restored ${p.d.text('version') ? `version ${p.d.text('version')} of ` : 'an earlier version of '}${story(p)}${p.d.flag('live') ? ', live on the site at once' : ''}`,
  'story.move_section': (p) => `${p.who} moved ${story(p)}${p.d.text('section') ? ` to ${p.d.text('section')}` : ' to another section'}`,
  'story.kill': (p) => `${p.who} killed ${story(p)}: it is withdrawn from the site and from clients`,
  'story.embargo_lift': (p) => `${p.who} lifted the embargo on ${story(p)} early: it is public from now on`,
  'story.changes_requested': (p) => `${p.who} sent ${story(p)} back to its writer${p.d.text('note') ? ` with the note ${shown(p.d.text('note')!)}` : ''}`,
  // The front page's writes carry their own sentence ("Pinned “X” as the lead of the home page.").
  'front.update': (p) => summarised(p) ?? `${p.who} rearranged the front page${p.d.text('headline') ? ` (${quote(p.d.text('headline')!)})` : ''}`,
  'front.banner': (p) => summarised(p) ?? `${p.who} changed the breaking-news banner${p.d.text('headline') ? ` to ${quote(p.d.text('headline')!)}` : ''}`,
  'staff.invite': (p) =>
    p.d.text('via') === 'admin:create'
      ? `The administrator account of ${person(p)} was created from the command line`
      : `${p.who} invited ${person(p)}${p.d.text('email') && p.d.text('email') !== person(p) ? ` (${p.d.text('email')})` : ''} as ${p.d.text('role') ?? 'staff'}`,
  'staff.role': (p) => `${p.who} changed ${possessive(person(p))} role from ${p.d.text('from') ?? '?'} to ${p.d.text('to') ?? '?'}`,
  'staff.deactivate': (p) => `${p.who} deactivated the account of ${person(p)}`,
  'staff.reactivate': (p) => `${p.who} reactivated the account of ${person(p)}`,
  'staff.password_reset': (p) => `${p.who} issued a one-time password link for ${person(p)}`,
  'staff.invitation_accepted': (p) => `${person(p)} accepted the invitation and set a password`,
  'author.create': (p) => `${p.who} created the author profile ${quote(p.d.text('name') ?? p.target)}`,
  'author.update': (p) => renamed(p, 'author profile'),
  'author.merge': (p) =>
    `${p.who} merged the author profile ${p.d.text('from') ?? '?'} into ${p.d.text('into') ?? p.target}${p.d.text('bylines') ? ` (${plural(Number(p.d.text('bylines')), 'byline', 'bylines')} moved)` : ''}`,
  'author.delete': (p) => `${p.who} deleted the author profile ${quote(p.d.text('name') ?? p.target)}`,
  'section.create': (p) => `${p.who} created the section ${quote(p.d.text('name') ?? p.target)}`,
  'section.update': (p) => renamed(p, 'section'),
  'section.delete': (p) => `${p.who} deleted the section ${quote(p.d.text('name') ?? p.target)}`,
  'tag.update': (p) => renamed(p, 'tag'),
  'tag.merge': (p) => `${p.who} merged the tag ${p.d.text('from') ?? '?'} into ${p.d.text('into') ?? p.target}`,
  'tag.delete': (p) => `${p.who} deleted the tag ${quote(p.d.text('name') ?? p.target)}`,
  'settings.update': settingsSentence,
  'wire.client_create': (p) =>
    `${p.d.text('via') === 'wire:client' ? 'The command line' : p.d.text('via') === 'db:seed' ? 'The demo seed' : p.who} created the wire client ${quote(p.d.text('name') ?? p.target)}${p.d.text('webhook') ? ` with the webhook ${p.d.text('webhook')}` : ''}`,
  'wire.key_create': (p) => `${p.who} issued a new API key${p.d.text('prefix') ? ` (${p.d.text('prefix')})` : ''} to the wire client ${client(p)}`,
  'wire.key_revoke': (p) => `${p.who} revoked the API key${p.d.text('prefix') ? ` ${p.d.text('prefix')}` : ''} of the wire client ${client(p)}`,
  'wire.webhook': (p) =>
    p.d.text('webhook')
      ? `${p.who} set the webhook of the wire client ${client(p)} to ${p.d.text('webhook')}${p.d.text('secret') === 'new' ? ' (new signing secret)' : ''}`
      : `${p.who} removed the webhook of the wire client ${client(p)}`,
  'wire.product_add': (p) => `${p.who} added the product ${quote(p.d.text('product') ?? '?')} to the wire client ${client(p)}`,
  'wire.product_delete': (p) => `${p.who} removed the product ${quote(p.d.text('product') ?? '?')} from the wire client ${client(p)}`,
  'wire.resend': (p) => `${p.who} sent ${p.d.text('headline') ? quote(p.d.text('headline')!) : 'an item'}${p.d.text('version') ? ` (version ${p.d.text('version')})` : ''} again to the wire client ${client(p)}`,
};

/** The actions with a sentence of their own (the unit test checks each one). */
export const SENTENCE_ACTIONS = Object.keys(SENTENCES);

function describeTarget(line: AuditLine): string {
  if (line.targetName) return line.targetName;
  const kind = line.targetType === 'user' ? 'account' : line.targetType === 'wire_client' ? 'wire client' : line.targetType;
  return line.targetId ? `${kind} #${line.targetId}` : kind === 'settings' ? 'the site settings' : `a ${kind}`;
}

function detailText(value: unknown): string {
  if (Array.isArray(value)) return value.map(detailText).join(', ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An action no sentence knows yet ("story.bulk_move"): who, the kind of change, on what, and its details. */
function genericSentence(line: AuditLine, p: Parts): string {
  const words = line.action.replace(/[._]/g, ' ').trim();
  const what = p.d.text('headline') ? quote(p.d.text('headline')!) : p.target;
  const rest = Object.entries(line.details)
    .filter(([k]) => k !== 'headline')
    .map(([k, v]) => `${k.replace(/_/g, ' ')}: ${detailText(v)}`);
  return `${p.who} made a change (${words}) to ${what}${rest.length ? `; ${rest.join('; ')}` : ''}`;
}

/** One audit entry as a sentence, with names where the log has them. */
export function auditSentence(line: AuditLine): string {
  const d = new Details(line.details);
  const target = describeTarget(line);
  const parts: Parts = { who: line.actorName ?? (line.action === 'staff.invite' ? 'The command line' : 'A removed account'), target, d };
  // The account's current name wins over the one recorded (people get renamed).
  if ((line.targetType === 'user' || line.targetType === 'wire_client') && line.targetName) parts.d = new Details({ ...line.details, name: line.targetName });
  else if (line.targetType === 'user' && !d.text('name') && d.text('email')) parts.d = new Details({ ...line.details, name: d.text('email') });
  const render = Object.hasOwn(SENTENCES, line.action) ? SENTENCES[line.action]! : (p: Parts) => genericSentence(line, p);
  const sentence = render(parts);
  return /[.!?]”?$/.test(sentence) ? sentence : `${sentence}.`;
}
