import type { ArticleStatus } from '@/lib/domain';
import type { FieldErrors } from './story';

/** What the story form's save action returns: data only, never a row. */
export type StoryFormState = {
  outcome: 'idle' | 'saved' | 'error' | 'stale';
  message?: string;
  errors?: FieldErrors;
  id?: number;
  version?: number;
  storyStatus?: ArticleStatus;
  savedAt?: number;
  conflict?: { version: number; by: string | null; modifiedAt: number };
};
