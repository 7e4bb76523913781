/**
 * Where to go after signing in: only a path on this site. Anything else (absolute URLs, protocol-relative
 * "//host", also when dot segments normalise to it, backslash tricks, control characters) falls back to the home page.
 */
export function safeNext(next: string | undefined | null, fallback = '/stories'): string {
  if (!next || next.length > 2000) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(next)) return fallback;
  const base = 'http://dashboard.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  // Dot segments normalise away ("/..//evil.example" is "//evil.example"): judge the path as it is sent.
  if (url.pathname.startsWith('//')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
