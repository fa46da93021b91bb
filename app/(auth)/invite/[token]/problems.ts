import type { InvitationCheck } from '@/db/queries/invitations';

type Reason = Extract<InvitationCheck, { ok: false }>['reason'];

/** What a person holding a bad link should read, and what to do next. */
export function invitationProblem(reason: Reason): string {
  switch (reason) {
    case 'expired':
      return 'This link has expired. Ask an administrator for a new one.';
    case 'used':
      return 'This link has already been used. Sign in, or ask an administrator for a new link.';
    case 'inactive':
      return 'This account has been deactivated. Ask an administrator.';
    default:
      return 'This link is not valid. Check that you copied all of it, or ask an administrator for a new one.';
  }
}
