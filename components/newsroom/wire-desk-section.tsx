import type { StoryWireDesk } from '@/db/queries/wire';
import type { Staff } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { can, type StoryResource } from '@/lib/permissions';
import { isReaderFacing, isUnderEmbargo } from '@/lib/visibility';
import { KillStoryForm, LiftEmbargoForm } from './wire-desk';

const STATUS: Record<StoryWireDesk['wireStatus'], string> = { usable: 'out to clients', withheld: 'withheld from clients', canceled: 'killed' };

type Props = {
  actor: Staff;
  access: StoryResource & { id: number; publishedAt: number | null };
  wire: StoryWireDesk;
  timeZone: string;
};

/** The story page's wire desk: where the item stands for clients, its kill and its early embargo lift. */
export function WireDeskSection({ actor, access, wire, timeZone }: Props) {
  const embargoed = isUnderEmbargo(access);
  const mayKill = can(actor, 'story:kill', access) && wire.wireStatus !== 'canceled' && (wire.wireVersion > 0 || isReaderFacing(access));
  const mayLift = embargoed && can(actor, 'story:lift_embargo', access);
  if (wire.wireVersion === 0 && !mayKill) return null;
  return (
    <section aria-labelledby="wire-desk-heading" className="space-y-3">
      <h2 id="wire-desk-heading" className="font-serif text-xl font-bold">
        Wire
      </h2>
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        {wire.wireVersion > 0 ? `Version ${wire.wireVersion}, ${STATUS[wire.wireStatus]}` : 'Not sent to clients yet'}
        {embargoed && access.publishedAt ? ` · embargoed until ${formatDateTime(access.publishedAt, timeZone)}` : ''}
        {wire.wireStatus === 'canceled' && wire.killedAt ? ` on ${formatDateTime(wire.killedAt, timeZone)}${wire.killReason ? `: ${wire.killReason}` : ''}` : ''}
      </p>
      {mayLift && access.publishedAt && <LiftEmbargoForm storyId={access.id} until={formatDateTime(access.publishedAt, timeZone)} />}
      {mayKill && <KillStoryForm storyId={access.id} />}
    </section>
  );
}
