import { AdminForm } from '@/components/newsroom/admin-form';
import { adminCard } from '@/components/newsroom/admin-page-header';
import type { BannerForEditor } from '@/db/queries/front-admin';
import { formatDateTime } from '@/lib/format';
import type { SiteSettings } from '@/lib/site-settings';
import { toZonedInput } from '@/lib/time-zone';
import { clearBannerAction, setBannerAction } from '../actions';

const HOUR = 3_600_000;

/** The breaking-news banner: what readers see now, the form to set it, and taking it down. */
export function BannerPanel({ banner, site, now }: { banner: BannerForEditor | null; site: SiteSettings; now: number }) {
  const live = banner && !banner.expired ? banner : null;
  return (
    <section aria-labelledby="banner-heading" className={adminCard}>
      <h2 id="banner-heading" className="mb-1 font-serif text-xl font-bold">Breaking-news banner</h2>
      <p className="mb-4 text-sm text-neutral-600 dark:text-neutral-400" role="status">
        {live
          ? `On every reader page until ${formatDateTime(live.expiresAt, site.timeZone, site.locale)}: “${live.text}”.`
          : banner
            ? `No banner is showing (the last one came down at ${formatDateTime(banner.expiresAt, site.timeZone, site.locale)}).`
            : 'No banner is showing.'}
      </p>
      <AdminForm
        action={setBannerAction}
        idPrefix="banner"
        submit={live ? 'Update banner' : 'Show banner'}
        fields={[
          { name: 'text', label: 'Text', defaultValue: live?.text ?? '', hint: 'One line, at most 160 characters.' },
          { name: 'link', label: 'Link (optional)', defaultValue: live?.link ?? '', hint: 'A path on this site such as /politics/polls-close, or a full https:// address.' },
          {
            name: 'expiresAt',
            label: 'Comes down at',
            type: 'site-time',
            timeZone: site.timeZone,
            defaultValue: toZonedInput(live?.expiresAt ?? now + 2 * HOUR, site.timeZone),
            hint: `It is now ${formatDateTime(now, site.timeZone, site.locale)}.`,
          },
        ]}
      />
      {live && (
        <div className="mt-4 border-t border-neutral-200 pt-4 dark:border-neutral-800">
          <AdminForm action={clearBannerAction} idPrefix="banner-clear" variant="danger" submit="Take the banner down now" />
        </div>
      )}
    </section>
  );
}
