import type { IncomingMessage, ServerResponse } from 'node:http';

export const REVALIDATE_HEADER: string;
export function readPreviewModeId(distDir: string): string | null;
export function refuse(req: IncomingMessage, res: ServerResponse, status: number, text: string, extra?: Record<string, string>): void;
export function guardRequest(req: IncomingMessage, res: ServerResponse, options: { previewModeId: string | null; trustProxy: boolean }): boolean;
export const MAX_URL_CHARS: number;
export const SERVER_OPTIONS: { maxHeaderSize: number };
export function errorPageHtml(title: string, text: string): string;
export function answerClientError(error: Error & { code?: string }, socket: import('node:stream').Duplex): void;
