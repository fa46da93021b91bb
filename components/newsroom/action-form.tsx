'use client';

import { usePageActionState } from './use-page-action-state';

type VoidAction = (state: unknown, formData: FormData) => Promise<void>;

/**
 * A form for a server action that returns nothing (sign out, delete, restore), rendered with a
 * real action address instead of React's invalid `action=""` (see usePageActionState). The server
 * action itself goes to useActionState, unwrapped: only a server reference keeps the form working
 * without JavaScript. It is therefore called as (previous state, formData).
 */
export function ActionForm({ action, className, children }: { action: VoidAction; className?: string; children: React.ReactNode }) {
  const [, formAction] = usePageActionState<void | null, FormData>(action, null);
  return (
    <form action={formAction} className={className}>
      {children}
    </form>
  );
}
