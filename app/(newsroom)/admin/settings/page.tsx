import type { Metadata } from 'next';
import { AdminForm } from '@/components/newsroom/admin-form';
import { adminCard, AdminPageHeader } from '@/components/newsroom/admin-page-header';
import { readSettings, readSettingsVersion } from '@/db/queries/settings';
import { authorize, requireStaff } from '@/lib/auth';
import { mergeSettings } from '@/lib/site-settings';
import { saveSettingsAction } from './actions';

export const metadata: Metadata = { title: 'Site settings' };

const zones = ['UTC', ...Intl.supportedValuesOf('timeZone')].map((z) => ({ value: z, label: z.replaceAll('_', ' ') }));

export default async function SettingsPage() {
  const actor = await requireStaff('/admin/settings');
  authorize(actor, 'settings:manage');
  // Read past the cache: the form must show what is stored now. The version first: a save landing
  // between the two reads then makes this form stale rather than silently older.
  const version = await readSettingsVersion();
  const s = mergeSettings(await readSettings());
  return (
    <>
      <AdminPageHeader title="Site settings" description="How the public site names and presents itself. Changes show on reader pages at their next request." />
      <section aria-label="Settings" className={`${adminCard} max-w-3xl`}>
        {s.logoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- preview of the stored logo
          <img src={s.logoUrl} alt="Current logo" className="mb-4 h-12 w-auto" />
        )}
        <AdminForm
          action={saveSettingsAction}
          idPrefix="settings"
          hidden={{ version: String(version) }}
          columns={2}
          multipart
          submit="Save settings"
          fields={[
            { name: 'name', label: 'Site name', defaultValue: s.name },
            { name: 'url', label: 'Base URL', type: 'url', defaultValue: s.url, hint: 'The public address, used for page metadata.' },
            { name: 'tagline', label: 'Tagline', defaultValue: s.tagline, wide: true },
            { name: 'timeZone', label: 'Time zone of dates', type: 'select', defaultValue: s.timeZone, options: zones },
            { name: 'locale', label: 'Language of dates', defaultValue: s.locale, hint: 'A language tag, like en-GB, es-ES or fr.' },
            { name: 'logo', label: 'Logo', type: 'file', hint: 'JPEG, PNG, WebP, AVIF or GIF, up to 10 MB.' },
            ...(s.logoUrl ? [{ name: 'removeLogo', label: 'Remove the current logo', type: 'checkbox' as const }] : []),
            { name: 'footerText', label: 'Footer / about text', type: 'textarea', rows: 4, defaultValue: s.footerText, hint: 'Plain text, shown in the footer of every page.', wide: true },
          ]}
        />
      </section>
    </>
  );
}
