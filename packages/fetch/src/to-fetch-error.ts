import { FetchError, type FetchErrorKind } from './errors.js';

const CODE_KINDS: Record<string, FetchErrorKind> = {
  PARALLAX_BLOCKED_ADDRESS: 'blocked',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ETIMEDOUT: 'timeout',
  UND_ERR_HEADERS_OVERFLOW: 'too_large',
  UND_ERR_RES_EXCEEDED_MAX_SIZE: 'too_large',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NODATA: 'dns',
  ECONNREFUSED: 'connection',
  ECONNRESET: 'connection',
  EPIPE: 'connection',
  EHOSTUNREACH: 'connection',
  ENETUNREACH: 'connection',
  UND_ERR_SOCKET: 'connection',
  UND_ERR_CLOSED: 'connection',
};

/** Errors undici and node:net raise, mapped to the kind a caller records. */
export function toFetchError(
  err: unknown,
  signals: { deadline: AbortSignal | undefined; caller?: AbortSignal | undefined },
): FetchError {
  if (err instanceof FetchError) return err;
  if (signals.caller?.aborted) return new FetchError('other', 'aborted by the caller', { cause: err });
  if (signals.deadline?.aborted) return new FetchError('timeout', 'total deadline exceeded', { cause: err });
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: string }).code;
    if (code && CODE_KINDS[code]) return new FetchError(CODE_KINDS[code], (e as Error).message, { cause: err });
    if (code && /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED)/.test(code)) {
      return new FetchError('tls', (e as Error).message, { cause: err });
    }
    const name = (e as Error).name;
    if (name === 'TimeoutError') return new FetchError('timeout', (e as Error).message, { cause: err });
  }
  return new FetchError('other', (err as Error)?.message ?? String(err), { cause: err });
}
