// Runs in a worker thread of the dashboard's page reader: the parsing of pages fetched from URLs an editor
// gave and the reading of a story's reference for suggestions, where the CPU deadline can stop it, so a hostile page never holds the dashboard's event loop.
import { analyseText, extractArticle, suggestVocabulary, type VocabularyExtras } from '@parallax/core';
import { type DeadlineTaskMessage, signalStarted } from '@parallax/shared/cpu';
import { parseFeed } from '@parallax/worker/parse-feed';
import { feedLinksOf } from './feed-discovery.js';

export type PageTask =
  | { kind: 'extract-article'; html: string; url: string }
  | { kind: 'feed-links'; html: string; url: string }
  | { kind: 'feed-contents'; xml: string }
  | { kind: 'suggest-vocabulary'; reference: ReferenceToRead; settings: VocabularyExtras };

/** What a feed read before it is saved holds, or why the worker's poll could not read it. */
export type FeedContents =
  | { readable: true; itemCount: number; newestTitle: string | null }
  | { readable: false; reason: string };

/** The feed parsed as the worker's poll parses it; a failure is returned, since an error's class dies with the thread. */
async function feedContentsOf(xml: string): Promise<FeedContents> {
  try {
    const { items, skipped } = await parseFeed(xml);
    return { readable: true, itemCount: items.length + skipped.length, newestTitle: items[0]?.title ?? null };
  } catch (err) {
    return { readable: false, reason: (err as Error).message };
  }
}

/** A story's reference, read for the places and authorities to suggest for its settings. */
export interface ReferenceToRead {
  text: string;
  title: string;
  language: string;
}

export default function runPageTask({ task, started }: DeadlineTaskMessage<PageTask>): unknown {
  signalStarted(started);
  switch (task.kind) {
    case 'extract-article':
      return extractArticle(task.html, { url: task.url });
    case 'feed-links':
      return feedLinksOf(task.html, task.url);
    case 'feed-contents':
      return feedContentsOf(task.xml);
    case 'suggest-vocabulary': {
      const { text, title, language } = task.reference;
      return suggestVocabulary(analyseText(text, { title, language }), task.settings);
    }
  }
}
