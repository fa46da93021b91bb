'use client';

import { usePathname } from 'next/navigation';
import { useActionState } from 'react';

/**
 * useActionState with this page's path as the permalink. Without one, React renders a server
 * action's form as `action=""`, which HTML forbids (the W3C checker's error on every newsroom
 * form); with it the form reads `action="/admin/…"`, the page a browser without JavaScript posts
 * to anyway, so progressive enhancement works as before.
 */
export function usePageActionState<State, Payload>(action: (state: Awaited<State>, payload: Payload) => State | Promise<State>, initialState: Awaited<State>) {
  return useActionState<State, Payload>(action, initialState, usePathname());
}
