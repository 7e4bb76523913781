import { demoListen } from './env.js';
import { startDemoOutlets } from './server.js';

// Manual runs and `npm start`: serve the outlets until interrupted.
const server = await startDemoOutlets(demoListen());
process.stdout.write(`Demo outlets: ${server.url}/ (${server.outlets.length} outlets)\n`);
for (const outlet of server.outlets) {
  process.stdout.write(`  ${outlet.name.padEnd(28)} ${outlet.language}  ${outlet.primaryFeedUrl}\n`);
}

const shutdown = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
