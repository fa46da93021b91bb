import type { ArticleCard as Card } from '@/db/queries/cards';
import { ArticleCard } from './article-card';

export function StoryList({ stories, showSection = true }: { stories: Card[]; showSection?: boolean }) {
  if (stories.length === 0) {
    return <p className="py-8 text-neutral-600 dark:text-neutral-400">No stories here yet.</p>;
  }
  return (
    <ul className="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
      {stories.map((s) => (
        <li key={s.id}>
          <ArticleCard card={s} headingLevel={2} showSection={showSection} />
        </li>
      ))}
    </ul>
  );
}
