/** Query parameters that identify a campaign or a click, never the article. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ocid',
  'cmpid',
  'icid',
  '_ga',
  '_gl',
  'ref_src',
  'ref_url',
  'spm',
  'smid',
]);

const isTracking = (name: string): boolean => {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('at_') || TRACKING_PARAMS.has(n);
};

/**
 * The identity of an article across feeds and polls: the same page reached through two feeds, a
 * campaign link or an anchor is one article. Tracking parameters and the fragment go, the host is
 * lowercased (URL does that), default ports drop, remaining parameters are sorted so their order
 * does not matter. Returns null for anything that is not an http(s) URL.
 */
export function canonicalUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.href;
}
