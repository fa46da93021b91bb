'use server';

import { revalidatePath } from 'next/cache';
import { changeRole, inviteStaff, issuePasswordReset, setStaffActive } from '@/db/queries/staff-admin';
import { adminRefusal, refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { staffAction } from '@/lib/action';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import { inviteSchema, roleChangeSchema, staffIdSchema } from '@/lib/validation/staff';

const admins = { permission: 'staff:manage', refuse: adminRefusal } as const;
const account = { ...admins, schema: staffIdSchema, invalid: 'This account no longer exists.' } as const;

/** Creates a passwordless account and returns its one-time link for the admin to pass on. */
export const inviteStaffAction = staffAction({ ...admins, schema: inviteSchema }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const result = await inviteStaff(actor.id, input);
  if (!result.ok) return refused(formData, result.errors, 'The invitation was not created.');
  // A new author profile joins the search page's author filter.
  if (input.author === 'new') showWriteToReaders();
  revalidatePath('/admin/staff');
  return { outcome: 'saved', message: `Invitation created for ${input.email}. Send them this link:`, link: `/invite/${result.value.token}` };
});

/** Changes a role (their sessions end); the last active admin keeps theirs. */
export const changeRoleAction = staffAction({ ...admins, schema: roleChangeSchema, invalid: 'Pick a role.' }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const result = await changeRole(actor.id, input.id, input.role);
  if (!result.ok) return refused(formData, result.errors, 'The role was not changed.');
  revalidatePath('/admin/staff');
  return { outcome: 'saved', message: result.value.changed ? 'Role changed. They must sign in again.' : 'That is already their role.' };
});

export const deactivateStaffAction = staffAction(account, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const result = await setStaffActive(actor.id, input.id, false);
  if (!result.ok) return refused(formData, result.errors, 'The account was not deactivated.');
  revalidatePath('/admin/staff');
  return { outcome: 'saved', message: 'Account deactivated. Its sessions have ended.' };
});

export const reactivateStaffAction = staffAction(account, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const result = await setStaffActive(actor.id, input.id, true);
  if (!result.ok) return refused(formData, result.errors, 'The account was not reactivated.');
  revalidatePath('/admin/staff');
  return { outcome: 'saved', message: 'Account reactivated.' };
});

/** A one-time link to set a new password (or a fresh invitation for a pending account). */
export const passwordLinkAction = staffAction(account, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const result = await issuePasswordReset(actor.id, input.id);
  if (!result.ok) return refused(formData, result.errors, 'No link was created.');
  return { outcome: 'saved', message: 'Send this link to the person:', link: `/invite/${result.value.token}` };
});
