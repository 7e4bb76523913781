import { EnvError } from '@parallax/shared';
import { loadDashboardEnv } from './env.js';
import { startDashboard } from './main.js';

export { createApp, type DashboardApp } from './app.js';
export { DashboardEnv, loadDashboardEnv } from './env.js';
export { type RunningDashboard, startDashboard } from './main.js';

async function run(): Promise<void> {
  let env: ReturnType<typeof loadDashboardEnv>;
  try {
    env = loadDashboardEnv();
  } catch (err) {
    process.stderr.write(`${err instanceof EnvError ? err.message : String(err)}\n`);
    process.exit(2);
  }
  const dashboard = await startDashboard({ env });
  process.stdout.write(`Parallax dashboard on ${dashboard.url}\n`);
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    dashboard.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

// Imported as a library (tests, the demo launcher) it only exports; run as a process it starts.
const entry = process.argv[1] ?? '';
if (/apps\/dashboard\/(src|dist)\/index\.(ts|js)$/.test(entry)) {
  run().catch((err: unknown) => {
    process.stderr.write(`dashboard failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
