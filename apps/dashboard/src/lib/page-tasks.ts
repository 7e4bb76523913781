// Runs in a worker thread of the dashboard's page reader: the parsing of pages fetched from URLs an editor
// gave, where the CPU deadline can stop it, so a hostile page never holds the dashboard's event loop.
import { extractArticle } from '@parallax/core';
import { type DeadlineTaskMessage, signalStarted } from '@parallax/shared/cpu';
import { feedLinksOf } from './feed-discovery.js';

export type PageTask =
  | { kind: 'extract-article'; html: string; url: string }
  | { kind: 'feed-links'; html: string; url: string };

export default function runPageTask({ task, started }: DeadlineTaskMessage<PageTask>): unknown {
  signalStarted(started);
  switch (task.kind) {
    case 'extract-article':
      return extractArticle(task.html, { url: task.url });
    case 'feed-links':
      return feedLinksOf(task.html, task.url);
  }
}
