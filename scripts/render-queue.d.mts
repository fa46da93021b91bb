export function createRenderQueue(options: { concurrency: number; maxWaiting: number; maxTaskMs?: number }): {
  run(task: () => Promise<unknown>): boolean;
  size(): { active: number; waiting: number };
};
export function renderConcurrencyFor(env: Record<string, string | undefined>): number;
