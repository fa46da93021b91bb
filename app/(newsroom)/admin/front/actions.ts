'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { adminRefusal, refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { changeFront, clearBanner, setBanner } from '@/db/queries/front-admin';
import { staffAction } from '@/lib/action';
import { formatDateTime } from '@/lib/format';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import { getSiteSettings } from '@/lib/site-settings';
import { bannerExpiry, bannerFieldsSchema, frontChangeSchema } from '@/lib/validation/front-page';

// Every action here is refused (403) to journalists and contributors by the door itself
// ('front:arrange'), whatever the page showed them. The data layer re-reads the front and the
// story inside its transaction, so two editors' changes never overwrite each other's slots.
const editors = { permission: 'front:arrange', refuse: adminRefusal } as const;

/** The pins and the banner are on reader pages: the token renewed in the write; this shows it here at once. */
function showFrontChange() {
  showWriteToReaders();
  revalidatePath('/admin/front');
}

/** Pin a story as a lead or top story, move it up or down, or unpin it. */
export const changeFrontAction = staffAction({ ...editors, schema: frontChangeSchema }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const result = await changeFront(input.scope, input.change, input.storyId, actor.id);
  if (!result.ok) return refused(formData, result.errors, 'The front page was not changed.');
  showFrontChange();
  return { outcome: 'saved', message: result.value.summary };
});

/** Sets the breaking-news banner; the expiry is read in the site's time zone. */
export const setBannerAction = staffAction({ ...editors, schema: bannerFieldsSchema }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const site = await getSiteSettings();
  const expiry = bannerExpiry(input.expiresAt, site.timeZone);
  if (!expiry.ok) return refused(formData, { expiresAt: [expiry.error] });
  const result = await setBanner({ text: input.text, link: input.link, expiresAt: expiry.at }, formatDateTime(expiry.at, site.timeZone, site.locale), actor.id);
  if (!result.ok) return refused(formData, result.errors);
  showFrontChange();
  return { outcome: 'saved', message: result.value.summary };
});

/** Takes the banner down at once. */
export const clearBannerAction = staffAction({ ...editors, schema: z.object({}) }, async ({ actor, formData }): Promise<AdminFormState> => {
  const result = await clearBanner(actor.id);
  if (!result.ok) return refused(formData, result.errors, 'Nothing was removed.');
  showFrontChange();
  return { outcome: 'saved', message: result.value.summary };
});
