'use client';

import { useEffect, useRef, useState } from 'react';

const EVERY_MS = 5_000;

type Report = { editors: { name: string }[]; version: number };

/**
 * Reports every ~5 s that this editor has the story open and returns who else has it, by name.
 * `onVersion` hears the story's current version, so a save by someone else shows before the next
 * save of ours is refused. Fire and forget: a slow or failed report never holds up typing or saving.
 */
export function usePresence(storyId: number | null, onVersion: (version: number) => void): string[] {
  const [names, setNames] = useState<string[]>([]);
  const heard = useRef(onVersion);
  useEffect(() => {
    heard.current = onVersion;
  });

  useEffect(() => {
    if (storyId === null) return;
    const url = `/admin/stories/${storyId}/presence`;
    let stopped = false;
    async function report() {
      if (document.visibilityState === 'hidden') return;
      try {
        const res = await fetch(url, { method: 'POST', cache: 'no-store' });
        if (!res.ok || stopped) return;
        const data = (await res.json()) as Report;
        setNames(data.editors.map((e) => e.name));
        heard.current(data.version);
      } catch {
        // Offline for a moment: the next report tries again.
      }
    }
    void report();
    const timer = setInterval(() => void report(), EVERY_MS);
    const leave = () => void fetch(url, { method: 'DELETE', keepalive: true }).catch(() => undefined);
    window.addEventListener('pagehide', leave);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [storyId]);

  return names;
}
