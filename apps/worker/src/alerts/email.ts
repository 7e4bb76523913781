import { createTransport } from 'nodemailer';
import type { AlertMessage } from './alert-message.js';
import type { AlertSummary } from './alert-summary.js';
import { DELIVERY_TIMEOUT_MS } from './http-post.js';

export const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

function alertText(s: AlertSummary): string {
  return [
    s.title,
    '',
    ...s.facts.map((f) => `${f.label}: ${f.value}`),
    ...s.quotes.flatMap((q) => ['', `${q.label}:`, `  "${q.text}"`]),
    '',
    ...s.links.map((l) => `${l.label}: ${l.url}`),
  ].join('\n');
}

function alertHtml(s: AlertSummary): string {
  const facts = s.facts
    .map((f) => `<tr><th align="left">${escapeHtml(f.label)}</th><td>${escapeHtml(f.value)}</td></tr>`)
    .join('');
  const quotes = s.quotes
    .map((q) => `<p><strong>${escapeHtml(q.label)}</strong></p><blockquote>${escapeHtml(q.text)}</blockquote>`)
    .join('');
  const links = s.links.map((l) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`).join(' · ');
  return `<h2>${escapeHtml(s.title)}</h2><table>${facts}</table>${quotes}<p>${links}</p>`;
}

/** The message as a plain-text part and an HTML part; every outside string is escaped in the HTML. */
export function emailContent(message: AlertMessage): { subject: string; text: string; html: string } {
  const separator = '\n\n----------------------------------------\n\n';
  return {
    subject: `[Parallax] ${message.subject}`.replace(/[\r\n]+/g, ' '),
    text: message.summaries.map(alertText).join(separator),
    html: `<!doctype html><html><body>${message.digest ? `<h1>${escapeHtml(message.subject)}</h1>` : ''}${message.summaries
      .map(alertHtml)
      .join('<hr>')}</body></html>`,
  };
}

export async function sendEmail(
  target: { smtpUrl: string; from: string; to: string[] },
  message: AlertMessage,
): Promise<void> {
  const transport = createTransport({
    url: target.smtpUrl,
    connectionTimeout: DELIVERY_TIMEOUT_MS,
    greetingTimeout: DELIVERY_TIMEOUT_MS,
    socketTimeout: DELIVERY_TIMEOUT_MS,
  });
  try {
    await transport.sendMail({ from: target.from, to: target.to, ...emailContent(message) });
  } finally {
    transport.close();
  }
}
