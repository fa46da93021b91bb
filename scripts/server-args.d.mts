export const SERVER_NODE_FLAGS: string[];
export function serverArgs(root?: string): string[];
