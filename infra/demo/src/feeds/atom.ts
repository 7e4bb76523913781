import { escapeMarkup } from '../escape.js';
import type { FeedChannel } from './feed-model.js';

export function renderAtom(channel: FeedChannel): string {
  const entries = channel.items
    .map(
      (item) => `  <entry>
    <title>${escapeMarkup(item.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeMarkup(item.link)}"/>
    <id>${escapeMarkup(item.guid)}</id>
    <published>${item.published}</published>
    <updated>${item.updated}</updated>
    <author><name>${escapeMarkup(item.author)}</name></author>
    <category term="${escapeMarkup(item.category)}"/>
    <summary>${escapeMarkup(item.summary)}</summary>${
      item.contentHtml === undefined ? '' : `\n    <content type="html">${escapeMarkup(item.contentHtml)}</content>`
    }
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeMarkup(channel.language)}">
  <title>${escapeMarkup(channel.title)}</title>
  <subtitle>${escapeMarkup(channel.description)}</subtitle>
  <id>${escapeMarkup(channel.siteUrl)}</id>
  <link rel="alternate" type="text/html" href="${escapeMarkup(channel.siteUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeMarkup(channel.selfUrl)}"/>
  <updated>${channel.updated}</updated>
${entries}
</feed>
`;
}
