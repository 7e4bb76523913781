import {
  DiscrepancyKind,
  DiscrepancyStatus,
  DismissReason,
  FeedUrl,
  FigureCategory,
  ComparisonSettings,
  comparisonPartOf,
  ReviewAction,
  Role,
  SupportedLanguage,
} from '@parallax/shared';
import { z } from 'zod';

/** Inputs of every action, shared by the HTML forms (strings) and the JSON API. */

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const ReviewInput = z
  .object({
    action: ReviewAction,
    reason: z.preprocess(emptyToUndefined, DismissReason.optional()),
    // Blank is no note: spaces alone would save an empty one.
    note: z.preprocess((v) => emptyToUndefined(typeof v === 'string' ? v.trim() : v), z.string().max(4000).optional()),
    /** On a dismissal: stop raising this figure for this outlet in later articles. */
    suppress: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()).default(false),
  })
  .refine((r) => r.action !== 'dismiss' || r.reason !== undefined, {
    message: 'Choose why you dismiss this finding.',
    path: ['reason'],
  })
  .refine((r) => r.action !== 'note' || r.note !== undefined, {
    message: 'Write the note first: it is empty.',
    path: ['note'],
  });
export type ReviewInput = z.infer<typeof ReviewInput>;

/** A findings cursor as links carry it: conflict (1 or 0), severity and id, joined by '~'. */
export const FINDING_CURSOR = /^([01])~(\d+(?:\.\d+)?(?:e-?\d+)?)~([\w-]{1,100})$/;

export const DiscrepancyQuery = z.object({
  kind: z.preprocess(emptyToUndefined, DiscrepancyKind.optional()),
  status: z.preprocess(emptyToUndefined, DiscrepancyStatus.optional()),
  outlet: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
  category: z.preprocess(emptyToUndefined, FigureCategory.optional()),
  minSeverity: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(1).optional()),
  /** 1-based page of the findings list on the story page. */
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).optional()),
  /** Keyset cursors of the findings list (see findingCursor in story-data.ts): the page after or before. */
  after: z.preprocess(emptyToUndefined, z.string().regex(FINDING_CURSOR, 'not a findings cursor').optional()),
  before: z.preprocess(emptyToUndefined, z.string().regex(FINDING_CURSOR, 'not a findings cursor').optional()),
});
export type DiscrepancyQuery = z.infer<typeof DiscrepancyQuery>;

/**
 * A story page's filter as a link or a hand-edited address gives it: each field read on its own, the ones not
 * understood left out and named, so a bad filter shows the page unfiltered there rather than an error.
 */
export function lenientDiscrepancyQuery(raw: Record<string, string>): { query: DiscrepancyQuery; ignored: string[] } {
  const query: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [field, schema] of Object.entries(DiscrepancyQuery.shape)) {
    if (!(field in raw)) continue;
    const parsed = schema.safeParse(raw[field]);
    if (parsed.success) query[field] = parsed.data;
    else ignored.push(field);
  }
  return { query: query as DiscrepancyQuery, ignored };
}

const intervalField = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ error: 'Give the poll interval in seconds, from 10 to 86400.' })
    .int('Give the poll interval in whole seconds.')
    .min(10, 'Poll at most every 10 seconds.')
    .max(86_400, 'Poll at least once a day (86400 seconds).')
    .optional(),
);
const languageField = z.preprocess(emptyToUndefined, SupportedLanguage.optional());
const feedOutletField = z
  .string({ error: "Give the outlet's name." })
  .trim()
  .min(1, "Give the outlet's name.")
  .max(200, 'Keep the outlet name under 200 characters.');

/** Why an address cannot be a feed's, as a sentence; null when it can. */
function feedUrlProblem(url: string): string | null {
  const issue = FeedUrl.safeParse(url).error?.issues[0];
  if (!issue) return null;
  if (issue.message === 'http or https only') return 'Give an http or https address.';
  if (issue.message.startsWith('no user name')) return 'Leave the user name and password out of the address.';
  return 'Give a full address, such as https://example.org/rss.xml.';
}

export const FeedCreateInput = z.object({
  /** The feed's address, or a site's page that names its feed in a <link rel="alternate">. */
  url: z
    .string({ error: 'Give the address of the feed or of the site.' })
    .trim()
    .min(1, 'Give the address of the feed or of the site.')
    .superRefine((url, ctx) => {
      const problem = feedUrlProblem(url);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  outlet: feedOutletField,
  language: languageField,
  pollIntervalSeconds: intervalField.default(300),
  storyId: z.preprocess(emptyToUndefined, z.string().max(100).optional()),
});
export type FeedCreateInput = z.infer<typeof FeedCreateInput>;

/** A new address re-points the feed (read first, as an added feed is); left as it was, the rest is edited in place. */
export const FeedEditInput = z.object({
  url: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .superRefine((url, ctx) => {
        const problem = feedUrlProblem(url);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
  ),
  outlet: feedOutletField,
  language: languageField,
  pollIntervalSeconds: intervalField,
});
export type FeedEditInput = z.infer<typeof FeedEditInput>;

export const FeedPauseInput = z.object({
  paused: z.preprocess((v) => v === true || v === 'true' || v === 'on' || v === '1', z.boolean()),
});

const SLUG_RULE = 'Use lowercase letters, digits and hyphens only, such as nk-troops-kursk.';

/** A feed of the new-story form: a line "URL outlet name", or an object in JSON. */
interface FeedLine {
  url: string;
  outlet: string;
}

function feedLinesOf(value: unknown): unknown[] | null {
  if (typeof value === 'string') {
    return value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => {
        const [url = '', ...rest] = line.split(/\s+/);
        // A URL WHATWG cannot parse has no host to name the outlet by; FeedUrl then refuses it (400, not a throw).
        const host = URL.canParse(url, 'http://invalid') ? new URL(url, 'http://invalid').hostname : url;
        return { url, outlet: rest.join(' ') || host };
      });
  }
  return Array.isArray(value) ? value : null;
}

/** The feeds of the new-story form, each line checked as a feed address; a bad line is named, never a 500. */
const feedLines = z
  .unknown()
  .optional()
  .transform((value, ctx): FeedLine[] => {
    if (value === undefined || value === null || value === '') return [];
    const entries = feedLinesOf(value);
    if (!entries || entries.length > 100) {
      ctx.addIssue({ code: 'custom', message: 'List at most 100 feeds, one per line: the URL, then the outlet name.' });
      return [];
    }
    const feeds: FeedLine[] = [];
    entries.forEach((entry, i) => {
      const e = (entry ?? {}) as { url?: unknown; outlet?: unknown };
      const url = typeof e.url === 'string' ? e.url : '';
      if (feedUrlProblem(url)) {
        const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url;
        ctx.addIssue({
          code: 'custom',
          message: `Line ${i + 1} ("${shown}") is not a feed address: start each line with an http or https URL.`,
        });
        return;
      }
      const outlet = typeof e.outlet === 'string' && e.outlet.trim() !== '' ? e.outlet.trim() : new URL(url).hostname;
      feeds.push({ url, outlet: outlet.slice(0, 200) });
    });
    return feeds;
  });

const referenceTextField = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .min(20, 'Paste the whole reference article: this is shorter than 20 characters.')
    .max(200_000, 'The reference article is longer than 200,000 characters.')
    .optional(),
);
const referenceUrlField = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .refine(
      (u) => FeedUrl.safeParse(u).success,
      'Give the full address of the reference article, starting with http:// or https://.',
    )
    .optional(),
);
const titleField = z
  .string({ error: 'Give the story a title.' })
  .trim()
  .min(1, 'Give the story a title.')
  .max(300, 'Keep the title under 300 characters.');
/** An emptied outlet field clears the outlet (null); an absent one leaves it. */
const outletField = z.preprocess(
  (v) => (v === '' ? null : v),
  z.string().trim().max(200, 'Keep the outlet name under 200 characters.').nullable().optional(),
);
const storyLanguageField = z.preprocess(emptyToUndefined, SupportedLanguage.default('en'));

export const StoryCreateInput = z
  .object({
    slug: z
      .string({ error: 'Give the story a slug.' })
      .trim()
      .min(1, 'Give the story a slug: its short name in addresses.')
      .max(100, 'Keep the slug under 100 characters.')
      .regex(/^[a-z0-9-]+$/, SLUG_RULE),
    title: titleField,
    referenceText: referenceTextField,
    referenceUrl: referenceUrlField,
    outlet: outletField,
    language: storyLanguageField,
    feeds: feedLines,
  })
  .refine((s) => s.referenceText !== undefined || s.referenceUrl !== undefined, {
    message: 'Paste the reference article, or give its URL.',
    path: ['referenceText'],
  });
export type StoryCreateInput = z.infer<typeof StoryCreateInput>;

/** A checkbox with a hidden "off" before it: ["off", "on"] when ticked, "off" when not, absent from JSON left alone. */
const checkboxField = z.preprocess((v) => {
  if (v === undefined) return undefined;
  const values = Array.isArray(v) ? v : [v];
  return values.some((x) => x === true || x === 'on' || x === 'true');
}, z.boolean().optional());

/** Ticked categories; none ticked (only the hidden empty marker) means every category. */
const categoriesField = z.preprocess((v) => {
  if (v === undefined) return undefined;
  const values = (Array.isArray(v) ? v : [v]).filter((x) => x !== '');
  return values.length === 0 ? null : values;
}, z.array(FigureCategory, { error: 'Choose categories from the list.' }).nullable().optional());

/** The comparison settings as JSON text (the form) or an object (the API), checked as the worker reads them. */
const comparisonSettingsField = z.preprocess(
  (v) => {
    if (typeof v !== 'string') return v;
    if (v.trim() === '') return {};
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  },
  z
    .record(z.string(), z.unknown(), { error: 'Write the settings as a JSON object, such as {"widths": {}}.' })
    .superRefine((settings, ctx) => {
      const parsed = ComparisonSettings.safeParse(comparisonPartOf(settings));
      const issue = parsed.error?.issues[0];
      if (issue) ctx.addIssue({ code: 'custom', message: `${issue.path.join('.')}: ${issue.message}` });
    })
    .optional(),
);

/**
 * A change to a story: every field optional (the JSON API sends what changes; the form sends all). `settings`
 * holds widths, places and authorities; the alert rules come as their own fields and are merged into
 * settings.alerts, keeping its other keys (delivery, quiet hours, channels).
 */
export const StoryEditInput = z.object({
  title: titleField.optional(),
  referenceText: referenceTextField,
  referenceUrl: referenceUrlField,
  outlet: outletField,
  language: z.preprocess(emptyToUndefined, SupportedLanguage.optional()),
  settings: comparisonSettingsField,
  alertsEnabled: checkboxField,
  minSeverity: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: 'Give the minimum severity as a number from 0 to 1.' })
      .min(0, 'The minimum severity is between 0 and 1.')
      .max(1, 'The minimum severity is between 0 and 1.')
      .optional(),
  ),
  baseline: z.preprocess(
    emptyToUndefined,
    z.enum(['alert', 'silent'], { error: 'Choose whether earlier coverage alerts or stays silent.' }).optional(),
  ),
  categories: categoriesField,
});
export type StoryEditInput = z.infer<typeof StoryEditInput>;

/** Deleting a story asks for its slug, typed again, so no stray click deletes one. */
export const StoryDeleteInput = z.object({ confirmSlug: z.string({ error: 'Type the slug to confirm.' }).trim() });

export const RoleInput = z.object({ role: Role });

/** One line per problem, naming the field: what the 400 answers say. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
}
