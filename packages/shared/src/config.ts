import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { Language } from './schemas/figure.js';
import { ComparisonSettings, comparisonPartOf } from './schemas/story-settings.js';

/** A URL, or null: zod runs every refinement even after .url() failed, so they must not throw on a non-URL. */
const urlOrNull = (u: string): URL | null => (URL.canParse(u) ? new URL(u) : null);

/** A feed URL as Parallax accepts it anywhere (config file, dashboard form): http(s), no userinfo, bounded length. */
export const FeedUrl = z
  .string()
  .max(2048)
  .url()
  .refine((u) => /^https?:$/.test(urlOrNull(u)?.protocol ?? 'http:'), 'http or https only')
  .refine((u) => {
    const url = urlOrNull(u);
    return url === null || (url.username === '' && url.password === '');
  }, 'no user name or password in the URL');

export const FeedConfig = z.object({
  url: FeedUrl,
  outlet: z.string().min(1).max(200),
  language: Language.optional(),
  pollIntervalSeconds: z.number().int().min(10).max(86_400).default(300),
});
export type FeedConfig = z.infer<typeof FeedConfig>;

export const StoryConfig = z
  .object({
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
    settings: z
      .record(z.string(), z.unknown())
      .default({})
      .superRefine((settings, ctx) => {
        const parsed = ComparisonSettings.safeParse(comparisonPartOf(settings));
        for (const issue of parsed.error?.issues ?? []) ctx.addIssue({ ...issue, code: 'custom', path: issue.path });
      }),
  })
  .refine((s) => s.referenceText !== undefined || s.referenceFile !== undefined, {
    message: 'a story needs referenceText or referenceFile',
  });
export type StoryConfig = z.infer<typeof StoryConfig>;

export const FetchPolicyConfig = z.object({
  /** host or host:port pairs that may resolve to private or loopback addresses (the demo outlets). */
  allowPrivateHosts: z.array(z.string().min(1)).default([]),
  /** Ports allowed besides 80 and 443. */
  allowPorts: z.array(z.number().int().min(1).max(65_535)).default([]),
});

export const ParallaxConfig = z.object({
  stories: z.array(StoryConfig).default([]),
  feeds: z.array(FeedConfig).default([]),
  fetch: FetchPolicyConfig.default({ allowPrivateHosts: [], allowPorts: [] }),
});
export type ParallaxConfig = z.infer<typeof ParallaxConfig>;

export class ConfigError extends Error {
  override name = 'ConfigError';
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
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid config ${path}:\n${lines.join('\n')}`);
  }
  const base = dirname(resolve(path));
  const stories = parsed.data.stories.map((s) => ({
    ...s,
    referenceText: s.referenceText ?? readFileSync(resolve(base, s.referenceFile!), 'utf8'),
  }));
  return { ...parsed.data, stories };
}
