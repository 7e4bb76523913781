import { brotliDecompressSync, constants, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { FetchError } from './errors.js';

/** More layers than this is either a misconfigured server or an attempt to multiply a bomb. */
const MAX_ENCODINGS = 2;

/**
 * Undoes Content-Encoding ourselves so the size cap applies to the decompressed bytes: every step is
 * bounded by maxOutputLength, so a gzip bomb stops at the cap instead of filling memory.
 */
export function decodeContentEncoding(raw: Buffer, header: string | null, maxBytes: number): Buffer {
  const encodings = (header ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity');
  if (encodings.length > MAX_ENCODINGS) {
    throw new FetchError('other', `refusing ${encodings.length} stacked content encodings (${encodings.join(', ')})`);
  }
  let body = raw;
  // Encodings are listed in the order they were applied; undo them from the last.
  for (const encoding of encodings.reverse()) body = decodeOne(body, encoding, maxBytes);
  return body;
}

function decodeOne(body: Buffer, encoding: string, maxBytes: number): Buffer {
  const limits = { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH };
  try {
    switch (encoding) {
      case 'gzip':
      case 'x-gzip':
        return gunzipSync(body, limits);
      case 'deflate':
        // Some servers send raw deflate under this name; the zlib wrapper starts with 0x78.
        return body[0] === 0x78 ? inflateSync(body, limits) : inflateRawSync(body, limits);
      case 'br':
        return brotliDecompressSync(body, { maxOutputLength: maxBytes });
      default:
        throw new FetchError('other', `unsupported content encoding ${encoding}`);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new FetchError('too_large', `body exceeds ${maxBytes} bytes once decoded (${encoding})`, { cause: err });
    }
    throw new FetchError('other', `cannot decode ${encoding} body: ${(err as Error).message}`, { cause: err });
  }
}
