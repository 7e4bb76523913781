import type { Feed } from '@parallax/shared';
import { load } from 'cheerio/slim';

/** An OPML outline's feed: its address and the name to show for it. */
export interface OpmlFeed {
  url: string;
  outlet: string;
}

/** More outlines than this in one file are not a newsroom's feed list. */
export const MAX_OPML_FEEDS = 500;

const xmlAttr = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The feeds as OPML 2.0, which feed readers (Miniflux, NetNewsWire, Feedly) import. */
export function feedsToOpml(feeds: readonly Feed[], createdAt = new Date()): string {
  const outlines = feeds.map(
    (f) =>
      `    <outline type="rss" text="${xmlAttr(f.outlet)}" title="${xmlAttr(f.outlet)}" xmlUrl="${xmlAttr(f.url)}"${f.language ? ` language="${f.language}"` : ''}/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>Parallax feeds</title><dateCreated>${createdAt.toUTCString()}</dateCreated></head>`,
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

/** The feeds of an OPML file, nested folders included; an outline without xmlUrl is a folder, not a feed. */
export function feedsFromOpml(xml: string): OpmlFeed[] {
  const $ = load(xml, { xml: true });
  const feeds: OpmlFeed[] = [];
  $('outline[xmlUrl]').each((_, element) => {
    const url = ($(element).attr('xmlUrl') ?? '').trim();
    const name = ($(element).attr('text') ?? $(element).attr('title') ?? '').trim();
    if (url) feeds.push({ url, outlet: name || (URL.canParse(url) ? new URL(url).hostname : url) });
  });
  return feeds;
}
