export type ContentState = { token: string; nextChangeAt: number | null };

export function createContentStateReader(options: {
  read: () => Promise<ContentState>;
  intervalMs?: number;
  now?: () => number;
  onError?: (error: unknown) => void;
}): {
  current(): ContentState | null | Promise<ContentState | null>;
  changed(): void;
};
