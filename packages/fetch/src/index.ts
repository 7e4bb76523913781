export { isHostAllowListed, isPublicAddress } from './address-policy.js';
export { charsetFromContentType, decodeText } from './charset.js';
export { FetchError, type FetchErrorKind, HostBusyError, parseRetryAfter } from './errors.js';
export { BlockedAddressError, type LookupFunction } from './guarded-agent.js';
export {
  createGuardedFetcher,
  defaultFetchPolicy,
  type FetchPolicy,
  type FetchRequestOptions,
  type FetchResult,
  type GuardedFetcher,
  guardedFetch,
  USER_AGENT,
} from './guarded-fetch.js';
export { looksLikeHtml, type MarkupKind, SNIFF_CHARS, sniffMarkup } from './markup-sniff.js';
