import type { ExtractedArticle, VocabularyExtras, VocabularySuggestions } from '@parallax/core';
import { CpuDeadlineError, createDeadlinePool, threadModule } from '@parallax/shared/cpu';
import type { FeedLink } from './feed-discovery.js';
import type { FeedContents, PageTask, ReferenceToRead } from './page-tasks.js';

/** Reads pages fetched from an editor's URLs in a worker thread, each read under a CPU deadline. */
export interface PageReader {
  /** The page's main text (the reference of a story made from its URL). */
  extractArticle(html: string, url: string): Promise<ExtractedArticle>;
  /** The feeds a site's page announces (see feedLinksOf). */
  feedLinks(html: string, url: string): Promise<FeedLink[]>;
  /** A feed's items, parsed as the worker's poll parses them (see parseFeed). */
  feedContents(xml: string): Promise<FeedContents>;
  /** The places and authorities a story's reference names that its settings do not hold (see suggestVocabulary). */
  suggestVocabulary(reference: ReferenceToRead, settings: VocabularyExtras): Promise<VocabularySuggestions>;
  close(): Promise<void>;
}

/** A page past the deadline: its reading was stopped, and the same page would do it again. */
export class PageTooSlowError extends Error {
  override name = 'PageTooSlowError';

  /** "took too long to read (past the 15000 ms CPU deadline)", to follow the page's name. */
  constructor(readonly reason: string) {
    super(`the page ${reason}`);
  }
}

export function createPageReader(options: { deadlineMs: number }): PageReader {
  const pool = createDeadlinePool<PageTask>({
    threads: 1,
    deadlineMs: options.deadlineMs,
    filename: threadModule(
      new URL('./page-tasks.js', import.meta.url),
      new URL('../../dist/lib/page-tasks.js', import.meta.url),
    ),
  });
  let closing: Promise<void> | undefined;

  async function run<T>(task: PageTask): Promise<T> {
    try {
      return (await pool.run(task)) as T;
    } catch (err) {
      if (err instanceof CpuDeadlineError) {
        throw new PageTooSlowError(`took too long to read (past the ${options.deadlineMs} ms CPU deadline)`);
      }
      throw err;
    }
  }

  return {
    extractArticle: (html, url) => run({ kind: 'extract-article', html, url }),
    feedLinks: (html, url) => run({ kind: 'feed-links', html, url }),
    feedContents: (xml) => run({ kind: 'feed-contents', xml }),
    suggestVocabulary: (reference, settings) => run({ kind: 'suggest-vocabulary', reference, settings }),
    // Idempotent: the app may be disposed by more than one owner.
    close: () => {
      closing ??= pool.close();
      return closing;
    },
  };
}
