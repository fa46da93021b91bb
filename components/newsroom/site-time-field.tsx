'use client';

import { useState, useSyncExternalStore } from 'react';
import { formatDateTime } from '@/lib/format';
import { equivalentIn, zonedInputToUtc, zoneLabel, zoneTitle } from '@/lib/time-zone';
import { inputClass } from './field';

type Props = {
  id: string;
  /** The form field's name; the id when not given. */
  name?: string;
  /** "Publish at": the zone is added to it. */
  label: string;
  /** The site's time zone: the one the field is typed in and the server reads it in. */
  timeZone: string;
  /** The wall clock in the site's zone, as a datetime-local value; empty for none. */
  initialValue: string;
  hint?: string;
  errors?: string[];
  /** 1 to let seconds be typed. */
  step?: number;
};

const noSubscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The moment `ms` on the browser's own clock, with that zone's name, when it shows another wall
 * clock than the site's zone; null otherwise, and while rendering on the server (the browser's
 * zone is known only in the browser).
 */
function useOnBrowserClock(ms: number | null, timeZone: string): { at: string; zone: string } | null {
  const browser = useSyncExternalStore(noSubscribe, browserZone, () => null);
  const at = browser && ms !== null ? equivalentIn(ms, timeZone, browser) : null;
  return at && browser ? { at, zone: zoneTitle(browser) } : null;
}

/**
 * A date and time typed in the site's time zone whatever zone the browser is in (issue 13): the
 * label names the zone, and when the browser's zone shows another wall clock the same moment is
 * given there too. The value is posted as typed; the server reads it in the site's zone.
 */
export function SiteTimeField({ id, name = id, label, timeZone, initialValue, hint, errors, step }: Props) {
  const [when, setWhen] = useState(initialValue);
  const [openedAt] = useState(() => Date.now());
  const ms = when ? zonedInputToUtc(when, timeZone) : null;
  const elsewhere = useOnBrowserClock(ms, timeZone);
  const described = [`${id}-zone`, hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-neutral-800 dark:text-neutral-200">
        {label} <span className="font-normal">(site time: {zoneLabel(ms ?? openedAt, timeZone)})</span>
      </label>
      <input
        id={id}
        name={name}
        type="datetime-local"
        step={step}
        value={when}
        onChange={(e) => setWhen(e.target.value)}
        aria-invalid={!!errors?.length}
        aria-describedby={described}
        className={inputClass}
      />
      <p id={`${id}-zone`} className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
        {elsewhere ? `That is ${elsewhere.at} where you are (${elsewhere.zone}).` : `Times are in the site’s zone, ${zoneTitle(timeZone)}.`}
      </p>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
          {hint}
        </p>
      )}
      {errors?.map((m) => (
        <p key={m} id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {m}
        </p>
      ))}
    </div>
  );
}

/**
 * A moment fixed in the site's time zone, as text in the newsroom's full form ("15 January 2027 at
 * 14:00 GMT", as the story's status line and the wire desk write times), with the same moment on
 * the writer's own clock when that shows another time: for times that can no longer be typed over,
 * such as the embargo of a story already sent to clients.
 */
export function SiteTimeText({ value, timeZone }: { value: string; timeZone: string }) {
  const ms = zonedInputToUtc(value, timeZone);
  const elsewhere = useOnBrowserClock(ms, timeZone);
  return (
    <>
      {ms !== null ? formatDateTime(ms, timeZone) : `${value.replace('T', ' ')} (${zoneTitle(timeZone)})`}
      {elsewhere && `, that is ${elsewhere.at} where you are (${elsewhere.zone})`}
    </>
  );
}
