import { fileURLToPath } from 'node:url';
import { describeOutlet, normalizeBaseUrl } from './demo-outlet.js';
import { loadOutlets } from './load-content.js';

/** One feed subscription as the Parallax config file lists it. */
export interface DemoFeedConfig {
  url: string;
  /** The outlet's display name. */
  outlet: string;
  /** Primary language subtag ("en", "fr"). */
  language: string;
}

/** Shaped like the `feeds` and `fetch` sections of the Parallax config file (packages/shared/src/config.ts). */
export interface DemoConfig {
  feeds: DemoFeedConfig[];
  /** The demo serves from a loopback address, which the worker's fetch policy refuses unless allowed. */
  fetch: { allowPrivateHosts: string[]; allowPorts: number[] };
}

/** The story the demo outlets cover; the reference article is shipped with the package. */
export const DEMO_STORY = {
  slug: 'nk-troops-russia',
  title: 'North Korean troops and weapons sent to Russia',
  referencePath: fileURLToPath(new URL('../content/reference/reference-article.txt', import.meta.url)),
  /** The story's places and authorities (its settings' `places` and `authorities`), which no code carries. */
  settingsPath: fileURLToPath(new URL('../content/reference/story-settings.json', import.meta.url)),
  outlet: 'Newsweek',
  language: 'en',
  publishedAt: '2024-11-20T00:00:00Z',
} as const;

/** One feed per outlet (its primary format, so RSS 2.0, Atom and RDF all get exercised) served at `baseUrl`. */
export function demoOutletsConfig(baseUrl: string): DemoConfig {
  const base = normalizeBaseUrl(baseUrl);
  const { host, port } = new URL(base);
  return {
    fetch: { allowPrivateHosts: [host], allowPorts: port === '' ? [] : [Number(port)] },
    feeds: loadOutlets().map((outlet) => {
      const described = describeOutlet(outlet, base);
      return { url: described.primaryFeedUrl, outlet: described.name, language: described.language };
    }),
  };
}
