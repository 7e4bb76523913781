import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { describeConfigIssues } from './config-errors.js';
import { Language } from './schemas/figure.js';
import { OutletCountry } from './schemas/records.js';
import { ComparisonSettings, comparisonPartOf } from './schemas/story-settings.js';

/** A URL, or null: zod runs every refinement even after .url() failed, so they must not throw on a non-URL. */
const urlOrNull = (u: string): URL | null => (URL.canParse(u) ? new URL(u) : null);

/** A feed URL as Parallax accepts it anywhere (config file, dashboard form): http(s), no userinfo, bounded length. */
export const FeedUrl = z
  .string()
  .max(2048)
  .url()
  // zod's check is looser than WHATWG's URL parser, which every fetch uses: a URL it cannot parse is refused
  // here, as a bad value, rather than thrown later.
  .refine((u) => URL.canParse(u), 'not a URL the fetcher can parse')
  .refine((u) => /^https?:$/.test(urlOrNull(u)?.protocol ?? 'http:'), 'http or https only')
  .refine((u) => {
    const url = urlOrNull(u);
    return url === null || (url.username === '' && url.password === '');
  }, 'no user name or password in the URL');

export const FeedConfig = z.strictObject({
  url: FeedUrl,
  outlet: z.string().min(1).max(200),
  language: Language.optional(),
  /** The outlet's country (ISO 3166-1 alpha-2, "MX"): how it writes numbers where an article's own text does not say. */
  country: OutletCountry.optional(),
  pollIntervalSeconds: z.number().int().min(10).max(86_400).default(300),
});
export type FeedConfig = z.infer<typeof FeedConfig>;

/** The keys a story's settings may have: comparison (checked here) and alerting and triage (checked by the worker). */
const StorySettingsKeys = z.strictObject({
  widths: z.unknown().optional(),
  places: z.unknown().optional(),
  authorities: z.unknown().optional(),
  alerts: z.unknown().optional(),
  keywords: z.unknown().optional(),
});

export const StoryConfig = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens'),
    title: z.string().min(1),
    /** The reference article as text, or a path to a text file relative to the config file. */
    referenceText: z.string().min(1).optional(),
    referenceFile: z.string().min(1).optional(),
    referenceUrl: z.string().url().nullable().default(null),
    outlet: z.string().nullable().default(null),
    language: Language.default('en'),
    publishedAt: z.string().datetime({ offset: true }).nullable().default(null),
    /**
     * Comparison widths, places and authorities, and alert rules; the comparison part is checked here so
     * a bad width, place or authority stops start-up.
     */
    settings: StorySettingsKeys.default({}).superRefine((settings, ctx) => {
      const parsed = ComparisonSettings.safeParse(comparisonPartOf(settings));
      for (const issue of parsed.error?.issues ?? []) ctx.addIssue({ ...issue, code: 'custom', path: issue.path });
    }),
  })
  .refine((s) => s.referenceText !== undefined || s.referenceFile !== undefined, {
    message: 'a story needs referenceText or referenceFile',
  });
export type StoryConfig = z.infer<typeof StoryConfig>;

export const FetchPolicyConfig = z.strictObject({
  /** host or host:port pairs that may resolve to private or loopback addresses (the demo outlets). */
  allowPrivateHosts: z.array(z.string().min(1)).default([]),
  /** Ports allowed besides 80 and 443. */
  allowPorts: z.array(z.number().int().min(1).max(65_535)).default([]),
});

export const ParallaxConfig = z.strictObject({
  stories: z.array(StoryConfig).default([]),
  feeds: z.array(FeedConfig).default([]),
  fetch: FetchPolicyConfig.default({ allowPrivateHosts: [], allowPorts: [] }),
  /** A file that lists no feed pauses every feed an earlier one listed: only when it says so (or --allow-empty). */
  allowEmptyFeeds: z.boolean().default(false),
});
export type ParallaxConfig = z.infer<typeof ParallaxConfig>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function readReferenceFile(configPath: string, field: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new ConfigError(`Invalid config ${configPath}:\n  - ${field}: cannot read ${file}: ${reason}`);
  }
}

/** Reads and validates a config file; reference files are resolved relative to it and read in. */
export function loadConfigFile(
  path: string,
): ParallaxConfig & { stories: Array<StoryConfig & { referenceText: string }> } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`Cannot read config ${path}: ${(err as Error).message}`);
  }
  const parsed = ParallaxConfig.safeParse(raw);
  if (!parsed.success) {
    const lines = describeConfigIssues(ParallaxConfig, parsed.error.issues);
    throw new ConfigError(`Invalid config ${path}:\n${lines.join('\n')}`);
  }
  const base = dirname(resolve(path));
  const stories = parsed.data.stories.map((s, i) => ({
    ...s,
    referenceText:
      s.referenceText ?? readReferenceFile(path, `stories.${i}.referenceFile`, resolve(base, s.referenceFile!)),
  }));
  return { ...parsed.data, stories };
}
