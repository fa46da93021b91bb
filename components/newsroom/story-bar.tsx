'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { presenceSentence } from '@/lib/presence-sentence';

export type Conflict = { message: string; theirVersion: number };

type Props = {
  id: number | null;
  version: number;
  conflict: Conflict | null;
  editors: string[];
  length: string;
  status: ReactNode;
  actions: ReactNode;
};

/**
 * The bar that stays at the bottom of the screen while the story scrolls, on desktop and phone:
 * a conflict (impossible to miss, announced at once), who else is editing, the save status, the
 * length, and the primary actions.
 */
export function StoryBar({ id, version, conflict, editors, length, status, actions }: Props) {
  const others = presenceSentence(editors);
  return (
    <div className="sticky bottom-0 z-20 -mx-4 border-t border-neutral-300 bg-white/95 px-4 py-2 shadow-[0_-4px_12px_rgba(0,0,0,0.08)] backdrop-blur sm:mx-0 sm:rounded-t-lg sm:border-x lg:col-span-2 dark:border-neutral-700 dark:bg-neutral-900/95">
      {conflict && id !== null && (
        <div role="alert" className="mb-2 rounded-md border-2 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50">
          <p className="font-semibold">This story was changed by someone else. {conflict.message}</p>
          <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 font-semibold">
            <Link href={`/admin/stories/${id}/history?from=${version}&to=${conflict.theirVersion}`} target="_blank" className="underline">
              Compare with their version
            </Link>
            <Link href={`/admin/stories/${id}`} target="_blank" className="underline">
              Open the current version
            </Link>
          </p>
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 space-y-0.5">
          {status}
          <p className="flex flex-wrap gap-x-3 text-xs text-neutral-700 dark:text-neutral-300">
            <span>{length}</span>
            {others && (
              <span className="font-semibold text-amber-800 dark:text-amber-300">
                <span aria-hidden="true">● </span>
                {others}
              </span>
            )}
          </p>
        </div>
        {actions}
      </div>
    </div>
  );
}
