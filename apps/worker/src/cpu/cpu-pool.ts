import type { ExtractedArticle } from '@parallax/core';
import { FetchError } from '@parallax/fetch';
import { createDeadlinePool, threadModule } from '@parallax/shared/cpu';
import { FeedParseError, type ParsedFeed } from '../feeds/parse-feed.js';
import type { ArticleAnalysis, ArticleAnalysisInput } from './analyse-article-task.js';
import type { CpuOutcome, CpuTask } from './cpu-tasks.js';

export { CpuDeadlineError } from '@parallax/shared/cpu';

export interface CpuPool {
  parseFeed(xml: string): Promise<ParsedFeed>;
  extractArticle(html: string, url: string): Promise<ExtractedArticle>;
  /** An article version's figures and its comparison with each story's reference (see analyseArticleText). */
  analyseArticle(input: ArticleAnalysisInput): Promise<ArticleAnalysis>;
  close(): Promise<void>;
}

export interface CpuPoolOptions {
  threads: number;
  /** How long one task may run once it has a thread. */
  deadlineMs: number;
}

/**
 * The worker's CPU work on outside input (feed parsing, main text, analysis) in threads under a CPU
 * deadline (see createDeadlinePool): a task past it fails with CpuDeadlineError.
 */
export function createCpuPool(options: CpuPoolOptions): CpuPool {
  const pool = createDeadlinePool<CpuTask>({
    ...options,
    filename: threadModule(
      new URL('./cpu-tasks.js', import.meta.url),
      new URL('../../dist/cpu/cpu-tasks.js', import.meta.url),
    ),
  });

  async function run<T>(task: CpuTask): Promise<T> {
    const outcome = (await pool.run(task)) as CpuOutcome;
    if (outcome.ok) return outcome.value as T;
    throw rebuildError(outcome.error);
  }

  return {
    parseFeed: (xml) => run({ kind: 'parse-feed', xml }),
    extractArticle: (html, url) => run({ kind: 'extract-article', html, url }),
    analyseArticle: (input) => run({ kind: 'analyse-article', input }),
    close: () => pool.close(),
  };
}

function rebuildError(error: Extract<CpuOutcome, { ok: false }>['error']): Error {
  if ('kind' in error) return new FetchError(error.kind, error.message);
  if (error.name === 'FeedParseError') return new FeedParseError(error.message);
  return new Error(error.message);
}
