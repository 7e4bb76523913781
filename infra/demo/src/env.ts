import { z } from 'zod';

/** What `node infra/demo/dist/main.js` reads from its environment. */
const DemoEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4010),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** When the demo first started (ISO 8601): a restart keeps its timeline, so a corrected article stays corrected. */
  DEMO_STARTED_AT: z.iso.datetime().optional(),
});
export type DemoEnv = z.infer<typeof DemoEnv>;

export const loadDemoEnv = (env: Record<string, string | undefined> = process.env): DemoEnv => DemoEnv.parse(env);
