import { FigureCategory, type Logger, type Story } from '@parallax/shared';
import { z } from 'zod';

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24-hour clock');

/** Hours during which nothing is pushed to a person: alerts are held and sent when the hours end. */
export const QuietHours = z.object({
  start: ClockTime,
  end: ClockTime,
  /** IANA zone the clock times are read in. */
  timeZone: z
    .string()
    .default('UTC')
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en-GB', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'an IANA time zone such as Europe/London'),
});
export type QuietHours = z.infer<typeof QuietHours>;

export const AlertChannelName = z.enum(['webhook', 'slack', 'email']);
export type AlertChannelName = z.infer<typeof AlertChannelName>;

/**
 * Per-story channel overrides. Secrets stay in the environment: a story can point the webhook at another
 * URL (signed with the same secret) or mail other people, or switch a channel off for itself.
 */
export const StoryChannelOverrides = z.object({
  webhook: z
    .object({ enabled: z.boolean().default(true), url: z.string().url().optional() })
    .default({ enabled: true }),
  slack: z.object({ enabled: z.boolean().default(true), url: z.string().url().optional() }).default({ enabled: true }),
  email: z
    .object({ enabled: z.boolean().default(true), to: z.array(z.string().email()).min(1).optional() })
    .default({ enabled: true }),
});
export type StoryChannelOverrides = z.infer<typeof StoryChannelOverrides>;

/** Story.settings.alerts: which findings of a story alert, and how they are delivered. */
export const AlertRules = z.object({
  enabled: z.boolean().default(true),
  /** Figure categories watched; absent means all. */
  categories: z.array(FigureCategory).min(1).optional(),
  /** Outlets watched, as stored on feeds; absent means all. */
  outlets: z.array(z.string().min(1)).min(1).optional(),
  /**
   * Lowest discrepancy severity that alerts. 0.4 lets every personnel, casualty, equipment, munitions
   * and money conflict through (their severity starts at 0.4 or more) and keeps small calendar ones out.
   */
  minSeverity: z.number().min(0).max(1).default(0.4),
  /**
   * Lowest confidence, that the two figures are one quantity from one source, at which a conflict alerts;
   * below it a conflict is shown for review and never pages the desk.
   */
  minConfidence: z.number().min(0).max(1).default(0.7),
  /** Lowest relative gap between the two central values, |a - r| / max(|a|, |r|); 0 lets every gap through. */
  minRelativeGap: z.number().min(0).max(1).default(0),
  /** A conflict alerts again when its relative gap grows into a higher bucket of this width. */
  gapStep: z.number().min(0.01).max(1).default(0.25),
  /** Figures an outlet changes between versions of an article alert too. */
  figureChanges: z.boolean().default(true),
  /**
   * Conflicts found in articles published before the story was created: 'silent' keeps them as the
   * baseline (they are on the dashboard, nobody is paged for history), 'alert' alerts on them too.
   */
  baseline: z.enum(['alert', 'silent']).default('silent'),
  delivery: z
    .discriminatedUnion('mode', [
      z.object({ mode: z.literal('immediate') }),
      z.object({ mode: z.literal('digest'), everyMinutes: z.number().int().min(1).max(1_440).default(60) }),
    ])
    .default({ mode: 'immediate' }),
  quietHours: QuietHours.nullable().default(null),
  channels: StoryChannelOverrides.default({
    webhook: { enabled: true },
    slack: { enabled: true },
    email: { enabled: true },
  }),
});
export type AlertRules = z.infer<typeof AlertRules>;

export const defaultAlertRules = (): AlertRules => AlertRules.parse({});

/**
 * The rules of a story, defaults filled in. Settings the dashboard let through but that do not parse
 * must not silence a story: they fall back to the defaults, with a warning naming the problem.
 */
export function alertRulesOf(story: Pick<Story, 'id' | 'settings'> | null, logger?: Logger): AlertRules {
  if (!story) return defaultAlertRules();
  const parsed = AlertRules.safeParse(story.settings.alerts ?? {});
  if (parsed.success) return parsed.data;
  logger?.warn(
    { storyId: story.id, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) },
    'invalid alert rules in story settings; using the defaults',
  );
  return defaultAlertRules();
}
