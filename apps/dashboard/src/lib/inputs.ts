import {
  DiscrepancyKind,
  DiscrepancyStatus,
  DismissReason,
  FeedUrl,
  FigureCategory,
  Language,
  ReviewAction,
  Role,
} from '@parallax/shared';
import { z } from 'zod';

/** Inputs of every action, shared by the HTML forms (strings) and the JSON API. */

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const ReviewInput = z
  .object({
    action: ReviewAction,
    reason: z.preprocess(emptyToUndefined, DismissReason.optional()),
    note: z.preprocess(emptyToUndefined, z.string().trim().max(4000).optional()),
    /** On a dismissal: stop raising this figure for this outlet in later articles. */
    suppress: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()).default(false),
  })
  .refine((r) => r.action !== 'dismiss' || r.reason !== undefined, {
    message: 'a dismissal needs a reason',
    path: ['reason'],
  })
  .refine((r) => r.action !== 'note' || r.note !== undefined, { message: 'a note needs text', path: ['note'] });
export type ReviewInput = z.infer<typeof ReviewInput>;

export const DiscrepancyQuery = z.object({
  kind: z.preprocess(emptyToUndefined, DiscrepancyKind.optional()),
  status: z.preprocess(emptyToUndefined, DiscrepancyStatus.optional()),
  outlet: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
  category: z.preprocess(emptyToUndefined, FigureCategory.optional()),
  minSeverity: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(1).optional()),
  /** 1-based page of the findings list on the story page. */
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).optional()),
});
export type DiscrepancyQuery = z.infer<typeof DiscrepancyQuery>;

const intervalField = z.preprocess(emptyToUndefined, z.coerce.number().int().min(10).max(86_400).optional());
const languageField = z.preprocess(emptyToUndefined, Language.optional());

export const FeedCreateInput = z.object({
  url: FeedUrl,
  outlet: z.string().trim().min(1).max(200),
  language: languageField,
  pollIntervalSeconds: intervalField.default(300),
  storyId: z.preprocess(emptyToUndefined, z.string().max(100).optional()),
});
export type FeedCreateInput = z.infer<typeof FeedCreateInput>;

/** The URL is a feed's identity, so an edit changes everything but the URL. */
export const FeedEditInput = z.object({
  outlet: z.string().trim().min(1).max(200),
  language: languageField,
  pollIntervalSeconds: intervalField,
});
export type FeedEditInput = z.infer<typeof FeedEditInput>;

export const FeedPauseInput = z.object({
  paused: z.preprocess((v) => v === true || v === 'true' || v === 'on' || v === '1', z.boolean()),
});

/** "url outlet" lines of the new-story form, or a list in JSON. */
const feedLines = z.preprocess(
  (v) => {
    if (typeof v !== 'string') return v;
    return v
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => {
        const [url = '', ...rest] = line.split(/\s+/);
        // A URL WHATWG cannot parse has no host to name the outlet by; FeedUrl then refuses it (400, not a throw).
        const host = URL.canParse(url, 'http://invalid') ? new URL(url, 'http://invalid').hostname : url;
        return { url, outlet: rest.join(' ') || host };
      });
  },
  z.array(z.object({ url: FeedUrl, outlet: z.string().trim().min(1).max(200) })).max(100),
);

export const StoryCreateInput = z
  .object({
    slug: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens'),
    title: z.string().trim().min(1).max(300),
    referenceText: z.preprocess(
      emptyToUndefined,
      z.string().trim().min(20, 'paste the reference article (at least 20 characters)').max(200_000).optional(),
    ),
    referenceUrl: z.preprocess(emptyToUndefined, FeedUrl.optional()),
    outlet: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
    language: z.preprocess(emptyToUndefined, Language.default('en')),
    feeds: z.preprocess(emptyToUndefined, feedLines.default([])),
  })
  .refine((s) => s.referenceText !== undefined || s.referenceUrl !== undefined, {
    message: 'paste the reference article or give its URL',
    path: ['referenceText'],
  });
export type StoryCreateInput = z.infer<typeof StoryCreateInput>;

export const RoleInput = z.object({ role: Role });

/** One line per problem, naming the field: what the 400 answers say. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
}
