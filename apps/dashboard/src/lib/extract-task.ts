// Runs in a worker thread of the dashboard's extraction pool: the main text of a page fetched from a URL,
// where the CPU deadline can stop it, so a hostile page never holds the dashboard's event loop.
import { type ExtractedArticle, extractArticle } from '@parallax/core';
import { type DeadlineTaskMessage, signalStarted } from '@parallax/shared/cpu';

export type ExtractTask = { kind: 'extract-article'; html: string; url: string };

export default function runExtractTask({ task, started }: DeadlineTaskMessage<ExtractTask>): ExtractedArticle {
  signalStarted(started);
  return extractArticle(task.html, { url: task.url });
}
