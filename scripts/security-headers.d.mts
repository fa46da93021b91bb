export const READER_CSP: string;
export const COMMON_HEADERS: { key: string; value: string }[];
export const HSTS: string;
