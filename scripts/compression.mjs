// @ts-check
// How the reader edge compresses (scripts/response-cache.mjs). Brotli at quality 6 costs about three
// times quality 3 for a page only ~7% smaller; at render time that was a noticeable share of a page
// nobody had asked for before (issue 14: a crawler sweeping the archive meets only such pages). So
// the first answer of a page is compressed fast, for the one encoding its client takes, and a page
// that is asked for again gets the better copy, made once, for everyone after.
import zlib from 'node:zlib';

/** @typedef {'br' | 'gzip'} Encoding @typedef {'fast' | 'best'} Effort */

const BROTLI_QUALITY = { fast: 3, best: 6 };
const GZIP_LEVEL = { fast: 1, best: 6 };

/** @param {Buffer} body @param {Encoding} encoding @param {Effort} effort @returns {Buffer} */
export function compress(body, encoding, effort) {
  if (encoding === 'gzip') return zlib.gzipSync(body, { level: GZIP_LEVEL[effort] });
  return zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[effort], [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}
