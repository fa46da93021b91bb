export function isPostgresUrl(value: string | undefined): boolean;
