import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { PASSWORD } from './fixtures.js';
import type { Harness } from './harness.js';

export const CHROMIUM = '/usr/bin/chromium';
/** The one line that provides Chromium: a browser test fails with it, never skips (npm test checks first). */
export const CHROMIUM_MISSING = `${CHROMIUM} is missing: provide it with sudo apt-get install -y chromium (or sudo .ci/run)`;

/** A harness's dashboard served on loopback and opened in a headless Chromium with a fresh profile. */
export interface DashboardInChromium {
  base: string;
  page: Page;
  /** Messages of any dialog the page opened (each is dismissed). */
  dialogs: string[];
  signIn(username: string): Promise<void>;
  close(): Promise<void>;
}

export async function openInChromium(h: Harness): Promise<DashboardInChromium> {
  if (!existsSync(CHROMIUM)) throw new Error(CHROMIUM_MISSING);
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return {
    base,
    page,
    dialogs,
    async signIn(username) {
      await page.goto(`${base}/login`);
      await page.fill('input[name=username]', username);
      await page.fill('input[name=password]', PASSWORD);
      await Promise.all([page.waitForURL(`${base}/stories`), page.click('button[type=submit]')]);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      (server as Server).closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
