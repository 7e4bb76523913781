// Runs in a worker thread of the dashboard's page reader: the parsing of pages fetched from URLs an editor
// gave and the reading of a story's reference for suggestions, where the CPU deadline can stop it, so a hostile page never holds the dashboard's event loop.
import { analyseText, extractArticle, suggestVocabulary, type VocabularyExtras } from '@parallax/core';
import { type DeadlineTaskMessage, signalStarted } from '@parallax/shared/cpu';
import { feedLinksOf } from './feed-discovery.js';

export type PageTask =
  | { kind: 'extract-article'; html: string; url: string }
  | { kind: 'feed-links'; html: string; url: string }
  | { kind: 'suggest-vocabulary'; reference: ReferenceToRead; settings: VocabularyExtras };

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
    case 'suggest-vocabulary': {
      const { text, title, language } = task.reference;
      return suggestVocabulary(analyseText(text, { title, language }), task.settings);
    }
  }
}
