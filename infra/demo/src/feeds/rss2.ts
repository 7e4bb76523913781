import { escapeMarkup } from '../escape.js';
import { type FeedChannel, rfc822 } from './feed-model.js';

/** An RSS 2.0 document; `encoding` is only declared here, the caller encodes the bytes to match. */
export function renderRss2(channel: FeedChannel, encoding: string): string {
  const items = channel.items
    .map(
      (item) => `    <item>
      <title>${escapeMarkup(item.title)}</title>
      <link>${escapeMarkup(item.link)}</link>
      <guid isPermaLink="false">${escapeMarkup(item.guid)}</guid>
      <pubDate>${rfc822(item.updated)}</pubDate>
      <dc:creator>${escapeMarkup(item.author)}</dc:creator>
      <category>${escapeMarkup(item.category)}</category>
      <description>${escapeMarkup(item.summary)}</description>${
        item.contentHtml === undefined
          ? ''
          : `\n      <content:encoded><![CDATA[${item.contentHtml.replaceAll(']]>', ']]]]><![CDATA[>')}]]></content:encoded>`
      }
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${escapeMarkup(channel.title)}</title>
    <link>${escapeMarkup(channel.siteUrl)}</link>
    <description>${escapeMarkup(channel.description)}</description>
    <language>${escapeMarkup(channel.language)}</language>
    <lastBuildDate>${rfc822(channel.updated)}</lastBuildDate>
    <atom:link href="${escapeMarkup(channel.selfUrl)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}
