import { loadWorkerEnv } from '../src/env.js';
import { startWorker } from '../src/main.js';

/**
 * One worker process of the ingestion benchmark: boots from the env the benchmark gives it and answers
 * the parent's "stats" and "stop" messages with its own CPU time and peak memory.
 */
const worker = await startWorker({ env: loadWorkerEnv() });
process.send?.({ type: 'ready' });
// A benchmark that dies must not leave workers behind.
process.once('disconnect', () => {
  worker.close().finally(() => process.exit(0));
});
process.on('message', async (message: { type: string }) => {
  if (message.type === 'stats') {
    const cpu = process.cpuUsage();
    process.send?.({
      type: 'stats',
      cpuMs: (cpu.user + cpu.system) / 1_000,
      peakRssMb: process.resourceUsage().maxRSS / 1_024,
    });
  } else if (message.type === 'stop') {
    await worker.close();
    process.exit(0);
  }
});
