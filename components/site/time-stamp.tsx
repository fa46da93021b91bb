import { formatDateTime, isoString } from '@/lib/format';
import { getSiteSettings } from '@/lib/site-settings';

export async function TimeStamp({ ms, className }: { ms: number; className?: string }) {
  const { timeZone, locale } = await getSiteSettings();
  return (
    <time dateTime={isoString(ms)} className={className}>
      {formatDateTime(ms, timeZone, locale)}
    </time>
  );
}
