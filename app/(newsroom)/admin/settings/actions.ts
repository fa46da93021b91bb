'use server';

import { readSettings, saveSettings } from '@/db/queries/settings';
import { refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { authorize, requireStaff } from '@/lib/auth';
import { expireWholeSite } from '@/lib/newsroom-cache';
import { mergeSettings } from '@/lib/site-settings';
import { settingsSchema } from '@/lib/validation/settings';
import { fieldErrors } from '@/lib/validation/story';
import { storeUploadedImage } from '../authors/photo';

/** Saves the site settings (audited); every reader page picks them up on its next request. */
export async function saveSettingsAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await requireStaff('/admin/settings');
  authorize(actor, 'settings:manage');
  const parsed = settingsSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === 'string')));
  if (!parsed.success) return refused(formData, fieldErrors(parsed.error));
  const logo = await storeUploadedImage(formData, 'logo', actor.id);
  if (logo && 'error' in logo) return refused(formData, { logo: [logo.error] });
  const submitted: Record<string, string> = { ...parsed.data };
  if (logo) submitted.logoUrl = logo.url;
  else if (formData.get('removeLogo') === 'on') submitted.logoUrl = '';
  // Store (and audit) only what differs from what readers see now, defaults included.
  const current = mergeSettings(readSettings());
  const values = Object.fromEntries(Object.entries(submitted).filter(([k, v]) => (current[k as keyof typeof current] ?? '') !== v));
  const { changed } = saveSettings(actor.id, values);
  expireWholeSite();
  return { outcome: 'saved', message: changed.length ? `Saved (${changed.join(', ')}). Readers see the change on their next page.` : 'Nothing changed.' };
}
