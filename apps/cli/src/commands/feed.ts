import type { FeedCheck } from '@parallax/worker';
import type { Command } from 'commander';
import { readFeedFile } from '../input.js';

interface FeedOptions {
  json?: boolean;
  allowPrivate?: boolean;
}

export function registerFeedCommand(program: Command): void {
  program
    .command('feed')
    .description("Read a feed as the worker's poll does: the items kept, the items skipped and why, the verdict")
    .argument('<source>', 'a feed file (or .gz), a http(s) URL, or - for standard input')
    .option('--json', 'print the check as JSON')
    .option('--allow-private', "let the URL's host be private or loopback (a feed on this machine)")
    .action(async (source: string, options: FeedOptions) => {
      // Loaded on use: the worker's modules (queues, store) would slow every other command's start.
      const { checkFeed } = await import('@parallax/worker');
      // A file is read here, so a missing, binary or empty one is refused in one line as by every command.
      const text = /^https?:\/\//i.test(source) ? undefined : await readFeedFile(source);
      const check = await checkFeed(source, {
        fetchPolicy: fetchPolicyFor(source, options),
        ...(text ? { text } : {}),
      });
      process.stdout.write(options.json ? `${JSON.stringify(check, null, 2)}\n` : describeCheck(check));
      if (check.verdict === 'refused') process.exitCode = 1;
    });
}

function fetchPolicyFor(source: string, options: FeedOptions) {
  if (!options.allowPrivate || !/^https?:\/\//i.test(source)) return {};
  const url = new URL(source);
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  return { allowPrivateHosts: [url.host.includes(':') ? url.host : `${url.hostname}:${port}`] };
}

/** Plain lines, one item each; control characters from the feed are shown escaped, never sent to the terminal. */
export function describeCheck(check: FeedCheck): string {
  const lines: string[] = [];
  const feed = check.feed;
  if (feed) {
    lines.push(`${feed.format.toUpperCase()} feed ${quoted(feed.title ?? '(untitled)')}`);
    lines.push(`kept ${feed.items.length}:`);
    for (const item of feed.items) {
      lines.push(`  ${item.publishedAt ?? 'undated'}  ${visible(item.url)}  ${quoted(item.title ?? '(no title)')}`);
    }
    lines.push(`skipped ${feed.skipped.length}:`);
    for (const item of feed.skipped) {
      lines.push(`  item ${item.position} ${quoted(item.title ?? '(no title)')}: ${visible(item.reason)}`);
    }
  }
  lines.push(
    `verdict: ${check.verdict}${check.failure ? ` (${check.failure.kind}): ${visible(check.failure.message)}` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}

const quoted = (text: string): string => JSON.stringify(text);

function visible(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
