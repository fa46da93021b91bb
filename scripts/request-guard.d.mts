import type { IncomingMessage, ServerResponse } from 'node:http';

export const REVALIDATE_HEADER: string;
export function readPreviewModeId(distDir: string): string | null;
export function refuse(req: IncomingMessage, res: ServerResponse, status: number, text: string, extra?: Record<string, string>): void;
export function guardRequest(req: IncomingMessage, res: ServerResponse, options: { previewModeId: string | null; trustProxy: boolean }): boolean;
