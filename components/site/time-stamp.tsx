import { formatDateTime, isoString } from '@/lib/format';
import { site } from '@/lib/site';

export function TimeStamp({ ms, className }: { ms: number; className?: string }) {
  return (
    <time dateTime={isoString(ms)} className={className}>
      {formatDateTime(ms, site.timeZone, site.locale)}
    </time>
  );
}
