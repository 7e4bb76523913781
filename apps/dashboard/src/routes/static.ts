import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';

// The folder sits beside src/ and dist/, so the same relative URL works from sources and from the build.
const read = (name: string) => readFileSync(new URL(`../../static/${name}`, import.meta.url), 'utf8');

/** The one stylesheet and the one script; no inline style or script anywhere (the CSP forbids both). */
export function registerStaticRoutes(app: Hono<AppEnv>): void {
  const files = {
    'app.css': { body: read('app.css'), type: 'text/css; charset=utf-8' },
    'app.js': { body: read('app.js'), type: 'text/javascript; charset=utf-8' },
  };
  for (const [name, file] of Object.entries(files)) {
    app.get(`/static/${name}`, (c) => {
      c.header('Content-Type', file.type);
      c.header('Cache-Control', 'public, max-age=300');
      return c.body(file.body);
    });
  }
}
