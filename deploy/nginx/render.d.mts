export function findNginx(): string | null;
export const INSTALL_HINT: string;
export function renderNginxConfig(options: { prefix: string; listen: string; app: string | string[] }): { file: string };
export function nginxArgs(prefix: string, file: string): string[];
