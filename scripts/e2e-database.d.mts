export const E2E_DIR: string;
export function e2eEngine(): 'sqlite' | 'postgres';
export function e2eDatabaseUrl(name: string): string;
export function freshE2eDatabase(name: string): Promise<string>;
