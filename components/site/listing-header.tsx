export function ListingHeader({ kicker, title, description, page }: { kicker: string; title: string; description?: string; page: number }) {
  return (
    <header className="mb-10 border-b-2 border-neutral-900 pb-6 dark:border-neutral-200">
      <p className="text-xs font-bold tracking-widest text-accent uppercase dark:text-red-400">{kicker}</p>
      <h1 className="mt-1 font-serif text-4xl font-bold tracking-tight sm:text-5xl">
        {title}
        {page > 1 && <span className="ml-3 align-middle text-lg font-normal text-neutral-600 dark:text-neutral-400">page {page}</span>}
      </h1>
      {description && <p className="mt-3 max-w-2xl text-lg text-neutral-700 dark:text-neutral-300">{description}</p>}
    </header>
  );
}
