import { z } from 'zod';

/** The page templates an outlet can be drawn with; each has its own markup, as real sites do. */
export const TEMPLATE_NAMES = ['broadsheet', 'tabloid', 'portal', 'magazine', 'classic'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export const FEED_FORMATS = ['rss', 'atom', 'rdf'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/**
 * How much JSON-LD an outlet's article pages carry: `full` includes articleBody, `meta` only headline and
 * dates, `none` no JSON-LD at all. Extractors must cope with all three.
 */
export const JSON_LD_MODES = ['full', 'meta', 'none'] as const;

const linkListSchema = z.array(z.string().min(1)).min(1);

/** The labels a template prints around the article, in the outlet's language. */
const labelsSchema = z.object({
  by: z.string(),
  published: z.string(),
  updated: z.string(),
  mostRead: z.string(),
  related: z.string(),
  advertisement: z.string(),
  readMore: z.string(),
  share: z.string(),
  home: z.string(),
});

/** Contents of content/<outlet-slug>/outlet.json. */
export const outletFileSchema = z.object({
  name: z.string().min(1),
  /** Primary language subtag, as the config file wants it ("en", "fr"). */
  language: z.string().regex(/^[a-z]{2}$/),
  /** Full tag for `<html lang>` and the feeds ("en-GB", "pt-PT"). */
  locale: z.string().min(2),
  template: z.enum(TEMPLATE_NAMES),
  tagline: z.string(),
  theme: z.object({ accent: z.string(), background: z.string(), font: z.string() }),
  jsonLd: z.enum(JSON_LD_MODES),
  /** The feed the demo config subscribes to for this outlet. */
  primaryFeed: z.enum(FEED_FORMATS),
  /** Encoding of this outlet's RSS 2.0 feed; the others are always UTF-8. */
  rssEncoding: z.enum(['utf-8', 'windows-1252']).default('utf-8'),
  /** Whether this outlet also publishes an RSS 1.0 (RDF) feed at /<outlet>/index.rdf. */
  rdfFeed: z.boolean().default(false),
  /** Whether the RSS feed carries the full article in content:encoded, as some CMSs do. */
  fullTextInFeed: z.boolean().default(false),
  labels: labelsSchema,
  nav: linkListSchema,
  /** The "most read"/"trending" box: full of numbers that belong to other stories. */
  trending: linkListSchema,
  /** Related links under the article, again with unrelated numbers. */
  related: linkListSchema,
  ticker: z.array(z.string()).default([]),
  ads: linkListSchema,
  cookieBanner: z.string(),
  cookieAccept: z.string(),
  footer: z.string(),
  /** Another outlet's article this outlet's feeds carry too, linked with a tracking parameter. */
  syndicates: z.array(z.object({ outlet: z.string(), slug: z.string() })).default([]),
});
export type OutletFile = z.infer<typeof outletFileSchema>;

/** Front matter of content/<outlet-slug>/articles/<file>.md. */
export const articleFrontMatterSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  summary: z.string().min(1),
  section: z.string().min(1),
  author: z.string().min(1),
  published: z.iso.datetime(),
  modified: z.iso.datetime().optional(),
  /** `story` for coverage of the reference story, `other` for the rest of the news. */
  topic: z.enum(['story', 'other']),
  caption: z.string().optional(),
  /** Articles that change after publication have one file per version. */
  version: z.coerce.number().int().min(1).max(2).default(1),
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
