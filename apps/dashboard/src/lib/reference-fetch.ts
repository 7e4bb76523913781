import { createGuardedFetcher, FetchError, type FetchPolicy } from '@parallax/fetch';
import { type PageReader, PageTooSlowError } from './page-reader.js';
import { FieldInputError } from './form-errors.js';

export interface FetchedReference {
  text: string;
  title: string | null;
  language: string | null;
}

export interface ReferenceFetcher {
  fetch(url: string): Promise<FetchedReference>;
  close(): Promise<void>;
}

/**
 * Fetches a story's reference article from its URL through the guarded fetcher (the same SSRF refusal,
 * caps and charset decoding as the worker) and keeps its main text. A page that is not a readable
 * article (paywall, consent wall, index page) is refused with the extractor's reason rather than stored
 * as a reference nobody could compare against. The main text is read in a worker thread under a CPU
 * deadline: a page past it is refused with that reason while the dashboard keeps answering.
 */
export function createReferenceFetcher(reader: PageReader, policy: Partial<FetchPolicy> = {}): ReferenceFetcher {
  const fetcher = createGuardedFetcher(policy);
  let closing: Promise<void> | undefined;
  return {
    async fetch(url) {
      let body: string;
      let finalUrl: string;
      try {
        const page = await fetcher.fetch(url, { expect: 'page' });
        body = page.body;
        finalUrl = page.url;
      } catch (err) {
        if (err instanceof FetchError)
          throw new FieldInputError({ referenceUrl: `The page could not be fetched (${err.message}).` });
        throw err;
      }
      const article = await extractMainText(body, finalUrl);
      if (article.status !== 'ok') {
        throw new FieldInputError({
          referenceUrl: `The page is not a readable article (${article.reason ?? article.status}): paste its text instead.`,
        });
      }
      return { text: article.text, title: article.title, language: article.language };
    },
    // Idempotent: the app may be disposed by more than one owner.
    close: () => {
      closing ??= fetcher.close();
      return closing;
    },
  };

  async function extractMainText(html: string, url: string) {
    try {
      return await reader.extractArticle(html, url);
    } catch (err) {
      if (err instanceof PageTooSlowError)
        throw new FieldInputError({ referenceUrl: `The page ${err.reason}: paste its text instead.` });
      throw err;
    }
  }
}
