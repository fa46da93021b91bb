export function compress(body: Buffer, encoding: 'br' | 'gzip', effort: 'fast' | 'best'): Buffer;
