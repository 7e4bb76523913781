import type { JobsOptions } from 'bullmq';
import { z } from 'zod';

/**
 * The queue contracts: one place names every queue, its job name, its payload schema and its default
 * job options. Producers and workers are both typed from here. Payloads carry ids only (never article
 * bodies or credentials) so each stays a few hundred bytes.
 */
export const QueueName = {
  PollFeed: 'poll-feed',
  FetchArticle: 'fetch-article',
  AnalyseArticle: 'analyse-article',
  DeliverAlert: 'deliver-alert',
  Maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const PollFeedPayload = z.object({ feedId: z.string().min(1) });
export const FetchArticlePayload = z.object({
  url: z.string().url(),
  /** The feed that carried the item, for per-host politeness and provenance. */
  feedId: z.string().min(1),
  /** Stories the item was a candidate for. */
  storyIds: z.array(z.string().min(1)).min(1),
  /** 0 for the first fetch, then the stage of the decaying re-fetch schedule. */
  refetchStage: z.number().int().min(0).default(0),
});
export const AnalyseArticlePayload = z.object({
  articleId: z.string().min(1),
  versionId: z.string().min(1),
  storyIds: z.array(z.string().min(1)).min(1),
  /** The outlet's country (the feed's, else the page's country domain): evidence of how it writes numbers. */
  country: z.string().length(2).nullable().optional(),
});
export const DeliverAlertPayload = z.object({
  alertId: z.string().min(1),
  channel: z.string().min(1),
});
export const MaintenancePayload = z.object({
  task: z.enum([
    'reconcile-schedules',
    'check-feed-health',
    'send-digests',
    'refetch-due-articles',
    'prune-old-data',
    'look-back',
    'reanalyse-earlier-engine',
  ]),
  /** For 'look-back': the new story that looks through the items its feeds already carried. */
  storyId: z.string().min(1).optional(),
});

const removal = {
  removeOnComplete: { age: 3_600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3_600, count: 5_000 },
} satisfies JobsOptions;

export const queueContracts = {
  [QueueName.PollFeed]: {
    jobName: 'poll',
    payload: PollFeedPayload,
    defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, ...removal },
  },
  [QueueName.FetchArticle]: {
    jobName: 'fetch',
    payload: FetchArticlePayload,
    defaultJobOptions: { attempts: 4, backoff: { type: 'exponential', delay: 10_000 }, ...removal },
  },
  [QueueName.AnalyseArticle]: {
    jobName: 'analyse',
    payload: AnalyseArticlePayload,
    defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 2_000 }, ...removal },
  },
  [QueueName.DeliverAlert]: {
    jobName: 'deliver',
    payload: DeliverAlertPayload,
    defaultJobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 5_000 }, ...removal },
  },
  [QueueName.Maintenance]: {
    jobName: 'maintenance',
    payload: MaintenancePayload,
    defaultJobOptions: { attempts: 1, ...removal },
  },
} as const satisfies Record<QueueName, { jobName: string; payload: z.ZodType; defaultJobOptions: JobsOptions }>;

export type QueuePayload<Q extends QueueName> = z.infer<(typeof queueContracts)[Q]['payload']>;
export type QueuePayloadInput<Q extends QueueName> = z.input<(typeof queueContracts)[Q]['payload']>;

/**
 * Deterministic job ids, so a retry, a second worker or a second feed carrying the same item never
 * creates a second job while the first is still known to BullMQ. BullMQ ids may not contain ':'.
 */
export const jobIds = {
  pollFeed: (feedId: string, slot: number) => `poll-${feedId}-${slot}`,
  fetchArticle: (articleKey: string, stage: number) => `fetch-${articleKey}-${stage}`,
  analyseArticle: (versionId: string) => `analyse-${versionId}`,
  /** Again for one story after its reference or settings changed: one job per version and story revision. */
  reanalyseArticle: (versionId: string, storyId: string, revision: string) =>
    `reanalyse-${versionId}-${storyId}-${revision}`,
  /** Again for one story after an upgrade changed the analysis engine: once per version, story and engine. */
  engineReanalysis: (versionId: string, storyId: string, engineVersion: string) =>
    `reanalyse-${versionId}-${storyId}-engine-${engineVersion}`,
  deliverAlert: (alertId: string, channel: string) => `deliver-${alertId}-${channel}`,
  /** Once per story as created (a story deleted and made again looks back again). */
  lookBack: (storyId: string, createdAt: string) => `look-back-${storyId}-${Date.parse(createdAt)}`,
};

/**
 * A new story's look back, as every producer queues it (the worker for a story its config brings, the dashboard for
 * one made there, maintenance for one whose queueing was refused): once per story as created, by its job id, and,
 * unlike the periodic maintenance tasks that simply run again at their next tick, retried with backoff when it fails
 * (the store busy, the worker stopped mid-scan), since nothing else would run it again.
 */
export const lookBackJob = (story: { id: string; createdAt: string }) => ({
  payload: { task: 'look-back' as const, storyId: story.id },
  options: {
    jobId: jobIds.lookBack(story.id, story.createdAt),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
  } satisfies JobsOptions,
});
