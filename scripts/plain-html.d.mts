export function toPlainHtml(html: string): string | null;
export function noScriptPolicy(policy: string): string;
