import type { AlertMessage } from './alert-message.js';
import type { AlertSummary } from './alert-summary.js';
import { type PostOptions, postAlertBody } from './http-post.js';

/** Slack's rule for text it did not write: &, < and > are control characters and must be entities. */
export const escapeSlackText = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A link Slack renders as a label; the URL is percent-encoded where it would end the <url|label> form. */
const slackLink = (url: string, label: string): string =>
  `<${url.replaceAll('|', '%7C').replaceAll('<', '%3C').replaceAll('>', '%3E')}|${escapeSlackText(label)}>`;

/** Section text is capped by Slack at 3000 characters. */
const clip = (text: string, max = 2_900): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function alertBlocks(s: AlertSummary) {
  const facts = s.facts.map((f) => `*${escapeSlackText(f.label)}:* ${escapeSlackText(f.value)}`).join('\n');
  const quotes = s.quotes.map((q) => `*${escapeSlackText(q.label)}*\n>${escapeSlackText(q.text)}`).join('\n');
  return [
    { type: 'section', text: { type: 'mrkdwn', text: clip(`*${escapeSlackText(s.title)}*\n${facts}`) } },
    ...(quotes ? [{ type: 'section', text: { type: 'mrkdwn', text: clip(quotes) } }] : []),
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: s.links.map((l) => slackLink(l.url, l.label)).join(' · ') }],
    },
  ];
}

/** A Slack incoming-webhook body: `text` for notifications and clients without blocks, `blocks` for the rest. */
export function slackBody(message: AlertMessage) {
  const blocks = message.digest
    ? [
        { type: 'header', text: { type: 'plain_text', text: message.subject.slice(0, 150) } },
        // Slack accepts at most 50 blocks; a digest lists the first alerts in full and counts the rest.
        ...message.summaries.slice(0, 15).flatMap((s) => [...alertBlocks(s), { type: 'divider' }]),
        ...(message.summaries.length > 15
          ? [
              {
                type: 'context',
                elements: [{ type: 'mrkdwn', text: `and ${message.summaries.length - 15} more in the dashboard` }],
              },
            ]
          : []),
      ]
    : message.summaries.flatMap(alertBlocks);
  return { text: escapeSlackText(message.subject), blocks };
}

export async function sendSlack(target: { url: string }, message: AlertMessage, post: PostOptions): Promise<void> {
  await postAlertBody(target.url, JSON.stringify(slackBody(message)), {}, post);
}
