import { escapeMarkup } from '../escape.js';
import type { FeedChannel } from './feed-model.js';

/** An RSS 1.0 (RDF) document, the format some older CMSs still publish. */
export function renderRdf(channel: FeedChannel): string {
  const seq = channel.items.map((item) => `        <rdf:li rdf:resource="${escapeMarkup(item.link)}"/>`).join('\n');
  const items = channel.items
    .map(
      (item) => `  <item rdf:about="${escapeMarkup(item.link)}">
    <title>${escapeMarkup(item.title)}</title>
    <link>${escapeMarkup(item.link)}</link>
    <description>${escapeMarkup(item.summary)}</description>
    <dc:date>${item.updated}</dc:date>
    <dc:creator>${escapeMarkup(item.author)}</dc:creator>
    <dc:subject>${escapeMarkup(item.category)}</dc:subject>
  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="${escapeMarkup(channel.selfUrl)}">
    <title>${escapeMarkup(channel.title)}</title>
    <link>${escapeMarkup(channel.siteUrl)}</link>
    <description>${escapeMarkup(channel.description)}</description>
    <dc:language>${escapeMarkup(channel.language)}</dc:language>
    <dc:date>${channel.updated}</dc:date>
    <items>
      <rdf:Seq>
${seq}
      </rdf:Seq>
    </items>
  </channel>
${items}
</rdf:RDF>
`;
}
