import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@parallax/shared';
import { loadWorkerEnv } from './env.js';
import { startWorker } from './main.js';

export { type CheckFeedOptions, checkFeed, type FeedCheck } from './feeds/check-feed.js';
export { startWorker, syncConfig } from './main.js';
export { isSecretField, mergeStoredChannels } from './alerts/stored-channels.js';
export { sendTestAlert, type TestSendOptions } from './alerts/test-send.js';

/** Entry point: validate the env, boot, and exit 0 after an orderly shutdown on SIGTERM/SIGINT. */
async function run(): Promise<void> {
  const env = loadWorkerEnv();
  const logger = createLogger('worker', env.LOG_LEVEL);
  const worker = await startWorker({ env, logger, allowEmptyConfig: process.argv.includes('--allow-empty') });
  const stop = (signal: string) => {
    logger.info({ signal }, 'signal received');
    worker.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err: (err as Error).message }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isEntry) {
  run().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  });
}
