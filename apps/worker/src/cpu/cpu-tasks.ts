// Runs in a worker thread of the CPU pool: the parsing and analysis of outside input, where a deadline can
// stop it. Only plain data crosses the thread boundary, so failures travel as a tagged result, not as an
// Error whose class the main thread would not see.
import { extractArticle } from '@parallax/core';
import { FetchError } from '@parallax/fetch';
import { type DeadlineTaskMessage, signalStarted } from '@parallax/shared/cpu';
import { FeedParseError, parseFeed } from '../feeds/parse-feed.js';
import { type ArticleAnalysisInput, analyseArticleText } from './analyse-article-task.js';

export type CpuTask =
  | { kind: 'parse-feed'; xml: string }
  | { kind: 'extract-article'; html: string; url: string }
  | { kind: 'analyse-article'; input: ArticleAnalysisInput };

export type CpuFailure =
  | { name: 'FetchError'; kind: FetchError['kind']; message: string }
  | { name: string; message: string };

export type CpuOutcome = { ok: true; value: unknown } | { ok: false; error: CpuFailure };

export default async function runCpuTask({ task, started }: DeadlineTaskMessage<CpuTask>): Promise<CpuOutcome> {
  signalStarted(started);
  try {
    return { ok: true, value: await run(task) };
  } catch (err) {
    if (err instanceof FetchError)
      return { ok: false, error: { name: 'FetchError', kind: err.kind, message: err.message } };
    if (err instanceof FeedParseError) return { ok: false, error: { name: err.name, message: err.message } };
    return { ok: false, error: { name: 'Error', message: (err as Error)?.message ?? String(err) } };
  }
}

function run(task: CpuTask): unknown {
  switch (task.kind) {
    case 'parse-feed':
      return parseFeed(task.xml);
    case 'extract-article':
      return extractArticle(task.html, { url: task.url });
    case 'analyse-article':
      return analyseArticleText(task.input);
  }
}
