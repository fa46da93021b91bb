'use server';

import { revalidatePath } from 'next/cache';
import { readSettings, readSettingsVersion, saveSettings } from '@/db/queries/settings';
import { adminRefusal, refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { staffAction, versionField } from '@/lib/action';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import { mergeSettings } from '@/lib/site-settings';
import { settingsSchema } from '@/lib/validation/settings';
import { storeUploadedImage } from '@/lib/store-upload';

const STALE = 'Someone else saved the settings after you opened this page. Your changes were not saved; they are still in the form. Reload the page to see the other changes.';

/**
 * Saves the site settings (audited); every reader page picks them up on its next request. The form
 * names the version it was loaded at, so a save over someone else's newer save is refused.
 */
export const saveSettingsAction = staffAction(
  { permission: 'settings:manage', schema: settingsSchema.extend({ version: versionField }), refuse: adminRefusal },
  async ({ actor, input: { version, ...input }, formData }): Promise<AdminFormState> => {
    // Checked before storing the logo too, so a stale form leaves no file behind.
    if (await readSettingsVersion() !== version) return refused(formData, {}, STALE);
    const logo = await storeUploadedImage(formData, 'logo', actor.id);
    if (logo && 'error' in logo) return refused(formData, { logo: [logo.error] });
    const submitted: Record<string, string> = { ...input };
    if (logo) submitted.logoUrl = logo.url;
    else if (formData.get('removeLogo') === 'on') submitted.logoUrl = '';
    // Store (and audit) only what differs from what readers see now, defaults included.
    const current = mergeSettings(await readSettings());
    const values = Object.fromEntries(Object.entries(submitted).filter(([k, v]) => (current[k as keyof typeof current] ?? '') !== v));
    const shown = Object.fromEntries(Object.entries(current).map(([k, v]) => [k, v ?? '']));
    const { changed, stale } = await saveSettings(actor.id, values, version, shown);
    if (stale) return refused(formData, {}, STALE);
    showWriteToReaders();
    // The newsroom's own pages show the site's name too.
    revalidatePath('/admin', 'layout');
    revalidatePath('/admin/settings');
    return { outcome: 'saved', message: changed.length ? `Saved (${changed.join(', ')}). Readers see the change on their next page.` : 'Nothing changed.' };
  },
);
