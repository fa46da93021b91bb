'use server';

import { revalidatePath } from 'next/cache';
import { changeRole, inviteStaff, issuePasswordReset, setStaffActive } from '@/db/queries/staff-admin';
import { refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { authorize, requireStaff } from '@/lib/auth';
import { tagsFor } from '@/lib/cache-tags';
import { expireReaderPages } from '@/lib/newsroom-cache';
import { inviteSchema, roleChangeSchema, staffIdSchema } from '@/lib/validation/staff';
import { fieldErrors } from '@/lib/validation/story';

async function admin() {
  const actor = await requireStaff('/admin/staff');
  authorize(actor, 'staff:manage');
  return actor;
}

/** Creates a passwordless account and returns its one-time link for the admin to pass on. */
export async function inviteStaffAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await admin();
  const parsed = inviteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused(formData, fieldErrors(parsed.error));
  const result = inviteStaff(actor.id, parsed.data);
  if (!result.ok) return refused(formData, result.errors, 'The invitation was not created.');
  // A new author profile joins the search page's author filter.
  if (parsed.data.author === 'new') expireReaderPages(tagsFor.authorList);
  revalidatePath('/admin/staff');
  return { outcome: 'saved', message: `Invitation created for ${parsed.data.email}. Send them this link:`, link: `/invite/${result.value.token}` };
}

/** Changes a role (their sessions end); the last active admin keeps theirs. */
export async function changeRoleAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await admin();
  const parsed = roleChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused(formData, fieldErrors(parsed.error), 'Pick a role.');
  const result = changeRole(actor.id, parsed.data.id, parsed.data.role);
  if (!result.ok) return refused(formData, result.errors, 'The role was not changed.');
  revalidatePath('/admin/staff');
  return { outcome: 'saved', message: result.value.changed ? 'Role changed. They must sign in again.' : 'That is already their role.' };
}

async function setActive(formData: FormData, active: boolean): Promise<AdminFormState> {
  const actor = await admin();
  const parsed = staffIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused(formData, {}, 'This account no longer exists.');
  const result = setStaffActive(actor.id, parsed.data.id, active);
  if (!result.ok) return refused(formData, result.errors, active ? 'The account was not reactivated.' : 'The account was not deactivated.');
  revalidatePath('/admin/staff');
  return { outcome: 'saved', message: active ? 'Account reactivated.' : 'Account deactivated. Its sessions have ended.' };
}

export async function deactivateStaffAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return setActive(formData, false);
}

export async function reactivateStaffAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return setActive(formData, true);
}

/** A one-time link to set a new password (or a fresh invitation for a pending account). */
export async function passwordLinkAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await admin();
  const parsed = staffIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused(formData, {}, 'This account no longer exists.');
  const result = issuePasswordReset(actor.id, parsed.data.id);
  if (!result.ok) return refused(formData, result.errors, 'No link was created.');
  return { outcome: 'saved', message: 'Send this link to the person:', link: `/invite/${result.value.token}` };
}
