import type { ActiveBanner } from '@/db/queries/front-page';

/** The editors' breaking-news line above the masthead; a plain link when they gave one. */
export function BreakingBanner({ banner }: { banner: ActiveBanner }) {
  const text = banner.link ? (
    <a href={banner.link} className="text-white underline decoration-1 underline-offset-2 hover:decoration-2">
      {banner.text}
    </a>
  ) : (
    banner.text
  );
  return (
    <div className="bg-red-800 text-white dark:bg-red-900">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm font-semibold sm:text-base">
        <span className="mr-2 rounded-sm bg-white px-1.5 py-0.5 text-xs font-bold tracking-widest text-red-800 uppercase">Breaking</span>
        {text}
      </p>
    </div>
  );
}
