// The demo as the launcher runs it: the outlets' address and clock, kept in the data folder, and the config
// file that subscribes the demo story to their feeds. Feeds are known by their URL, so outlets that came back
// on another port would be new feeds, with every article, finding and alert again: the port is kept.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort, portIsFree } from './ports.mjs';

/** Short polls so a new user sees findings within a minute; real feeds default to five minutes. */
const DEMO_POLL_SECONDS = 15;

/**
 * Re-fetches of each article after its first fetch: every 30 s for two and a half minutes, so the article the
 * outlets correct 90 s after the first start shows its new version within about two minutes; then as rarely
 * as a real desk would.
 */
export const DEMO_REFETCH_SCHEDULE = '30s,30s,30s,30s,30s,10m,1h,1d';

export const demoDir = (dataDir) => join(dataDir, 'demo');
const identityFile = (dataDir) => join(demoDir(dataDir), 'outlets.json');
const configFile = (dataDir) => join(demoDir(dataDir), 'parallax.config.json');

/** A start that cannot go on, said in one line. */
export class StartRefused extends Error {}

/**
 * The outlets' port and first start time: kept from an earlier start (or, for a data folder from before they
 * were kept, read from its demo config), chosen and written down on the first.
 */
export async function demoIdentity(dataDir, dashboardPort) {
  const kept = readKeptIdentity(dataDir);
  if (kept) {
    if (!(await portIsFree(kept.port)))
      throw new StartRefused(
        `port ${kept.port}, where this data folder's demo outlets live (so their feeds keep their addresses), is taken by another program: free it and start again`,
      );
    return kept;
  }
  // Any free port, never a fixed one: two first starts at once (tests in parallel) must not pick the same.
  const identity = {
    port: await freePort('127.0.0.1', { avoid: [dashboardPort] }),
    startedAt: new Date().toISOString(),
  };
  mkdirSync(demoDir(dataDir), { recursive: true });
  writeFileSync(identityFile(dataDir), `${JSON.stringify(identity, null, 2)}\n`);
  return identity;
}

/** The port this data folder's demo outlets keep, if an earlier start chose one: no other program may take it. */
export function keptDemoPort(dataDir) {
  return readKeptIdentity(dataDir)?.port;
}

function readKeptIdentity(dataDir) {
  if (existsSync(identityFile(dataDir))) return JSON.parse(readFileSync(identityFile(dataDir), 'utf8'));
  if (!existsSync(configFile(dataDir))) return null;
  const port = JSON.parse(readFileSync(configFile(dataDir), 'utf8')).fetch?.allowPorts?.[0];
  if (!Number.isInteger(port)) return null;
  const identity = { port, startedAt: statSync(configFile(dataDir)).mtime.toISOString() };
  writeFileSync(identityFile(dataDir), `${JSON.stringify(identity, null, 2)}\n`);
  return identity;
}

/** Writes the demo's config file (the story and the outlets' feeds at demoUrl) and returns its path. */
export async function writeDemoConfig(root, dataDir, demoUrl) {
  const demo = await import(pathToFileURL(join(root, 'infra/demo/dist/index.js')).href);
  const outlets = demo.demoOutletsConfig(demoUrl);
  const { referencePath, settingsPath, ...story } = demo.DEMO_STORY;
  const storySettings = JSON.parse(readFileSync(settingsPath, 'utf8'));
  const config = {
    stories: [
      {
        ...story,
        referenceFile: referencePath,
        // The demo coverage is dated November 2024, before the story is created: a real desk keeps such history
        // as a silent baseline, but the demo alerts on it so the alerts inbox shows what a desk would be sent.
        settings: { ...storySettings, alerts: { baseline: 'alert' } },
      },
    ],
    feeds: outlets.feeds.map((f) => ({ ...f, pollIntervalSeconds: DEMO_POLL_SECONDS })),
    // The demo outlets live on loopback, which the guarded fetcher refuses unless the host is allow-listed.
    fetch: outlets.fetch,
  };
  mkdirSync(demoDir(dataDir), { recursive: true });
  writeFileSync(configFile(dataDir), JSON.stringify(config, null, 2));
  return { path: configFile(dataDir), feeds: config.feeds.length };
}
