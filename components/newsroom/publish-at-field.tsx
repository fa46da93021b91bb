'use client';

import { useState, useSyncExternalStore } from 'react';
import { sameWallClock, toZonedInput, zoneAbbreviation, zonedInputToUtc } from '@/lib/time-zone';

type Props = {
  /** The site's time zone: the one the field is typed in and the server reads it in. */
  timeZone: string;
  /** The scheduled time already set, if any. */
  initialMs: number | null;
  errors?: string[];
};

const noSubscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function localTime(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(ms);
}

/**
 * "Publish at", typed in the site's time zone whatever zone the browser is in (issue 13): the
 * label names the zone, and when the browser's zone shows another wall clock the same moment is
 * given there too. The value is posted as typed; the server reads it in the site's zone.
 */
export function PublishAtField({ timeZone, initialMs, errors }: Props) {
  const [when, setWhen] = useState(initialMs ? toZonedInput(initialMs, timeZone) : '');
  // Null while rendering on the server: the browser's zone is known only in the browser.
  const browser = useSyncExternalStore(noSubscribe, browserZone, () => null);
  const [openedAt] = useState(() => initialMs ?? Date.now());
  const ms = when ? zonedInputToUtc(when, timeZone) : null;
  const zone = `${timeZone.replace(/_/g, ' ')}, ${zoneAbbreviation(ms ?? openedAt, timeZone)}`;
  const elsewhere = browser && ms !== null && !sameWallClock(ms, timeZone, browser) ? localTime(ms, browser) : null;
  return (
    <div className="space-y-1">
      <label htmlFor="publishAt" className="block text-sm font-semibold">
        Publish at <span className="font-normal">(site time: {zone})</span>
      </label>
      <input
        id="publishAt"
        name="publishAt"
        type="datetime-local"
        step={1}
        value={when}
        onChange={(e) => setWhen(e.target.value)}
        aria-invalid={!!errors?.length}
        aria-describedby={`publishAt-zone${errors?.length ? ' publishAt-error' : ''}`}
        className="block w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600 dark:border-neutral-700 dark:bg-neutral-900 dark:aria-invalid:border-red-400 dark:aria-invalid:ring-red-400"
      />
      <p id="publishAt-zone" className="text-xs text-neutral-600 dark:text-neutral-400">
        {elsewhere ? `That is ${elsewhere} where you are (${browser!.replace(/_/g, ' ')}).` : `Times are in the site’s zone, ${timeZone.replace(/_/g, ' ')}.`}
      </p>
      {errors?.map((m) => (
        <p key={m} id="publishAt-error" className="text-sm font-medium text-red-700 dark:text-red-400">
          {m}
        </p>
      ))}
    </div>
  );
}
