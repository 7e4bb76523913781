/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { identify, requireCsrf, requireSignIn } from './auth/middleware.js';
import { createLoginLimiter } from './auth/rate-limit.js';
import { createSessionStore } from './auth/sessions.js';
import { type AppDeps, type AppEnv, type AppServices, isApiPath, viewerOf } from './context.js';
import { createEventHub } from './lib/event-hub.js';
import { createFeedChecker } from './lib/feed-check.js';
import { createFeedCheckNotes } from './lib/feed-check-notes.js';
import { createPageReader } from './lib/page-reader.js';
import { createReferenceSuggester } from './lib/vocabulary-suggestions.js';
import { createReferenceFetcher } from './lib/reference-fetch.js';
import { FieldInputError } from './lib/form-errors.js';
import { describeIssues } from './lib/inputs.js';
import { createQueueAccess } from './lib/queues.js';
import { registerApiRoutes } from './routes/api.js';
import { registerChannelPageRoutes } from './routes/channel-pages.js';
import { registerFeedPageRoutes } from './routes/feed-pages.js';
import { registerInviteRoutes } from './routes/invite-pages.js';
import { registerAuthRoutes, registerLogoutRoute } from './routes/auth.js';
import { registerEventRoutes } from './routes/events.js';
import { registerPageRoutes } from './routes/pages.js';
import { registerStaticRoutes } from './routes/static.js';
import { registerStoryApiRoutes } from './routes/story-api.js';
import { registerStoryPageRoutes } from './routes/story-pages.js';
import { securityHeaders } from './security-headers.js';
import { ErrorPage } from './views/layout.js';

export type { AppDeps } from './context.js';

const MAX_BODY_BYTES = 1024 * 1024;

export type DashboardApp = Hono<AppEnv> & {
  /** Closes what the app opened itself: the live-events subscription and the queue handles. */
  dispose(): Promise<void>;
};

/** The dashboard as a Hono app over a store and a producer Redis connection; it listens nowhere itself. */
export function createApp(deps: AppDeps): DashboardApp {
  const { env } = deps;
  // One worker thread parses the pages editors point at (reference articles, sites that name their feed).
  const pages = createPageReader({ deadlineMs: env.CPU_TASK_DEADLINE_MS });
  const svc: AppServices = {
    ...deps,
    sessions: createSessionStore(deps.redis, deps.prefix, {
      idleSeconds: env.SESSION_IDLE_SECONDS,
      absoluteSeconds: env.SESSION_ABSOLUTE_SECONDS,
    }),
    limiter: createLoginLimiter(deps.redis, deps.prefix, {
      maxPerAccount: env.LOGIN_MAX_PER_ACCOUNT,
      maxPerIp: env.LOGIN_MAX_PER_IP,
      windowSeconds: env.LOGIN_WINDOW_SECONDS,
    }),
    queues: createQueueAccess(deps.redis, deps.prefix),
    events: createEventHub(deps.redis, deps.prefix, deps.logger),
    references: createReferenceFetcher(pages, deps.fetchPolicy),
    feedChecker: createFeedChecker(pages, deps.fetchPolicy),
    feedCheckNotes: createFeedCheckNotes(deps.redis, deps.prefix),
    suggester: createReferenceSuggester(pages, deps.logger),
  };

  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders(env));
  // Nothing the dashboard accepts is larger than a pasted reference article.
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        isApiPath(c.req.path)
          ? c.json({ error: 'The request body is too large.' }, 413)
          : c.html(<ErrorPage status={413} message="The request body is too large." viewer={null} />, 413),
    }),
  );
  registerStaticRoutes(app);
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/healthz', (c) => c.json({ ok: true, redis: deps.redis.status === 'ready' }));
  // Ready: Redis and the store both answer (compose's health check; a load balancer's).
  app.get('/readyz', async (c) => {
    const [redis, store] = await Promise.all([
      deps.redis.ping().then(
        () => 'ok',
        () => 'down',
      ),
      deps.store.ping().then(
        () => 'ok',
        () => 'down',
      ),
    ]);
    const ready = redis === 'ok' && store === 'ok';
    return c.json({ ready, redis, store }, ready ? 200 : 503);
  });
  registerAuthRoutes(app, svc);
  registerInviteRoutes(app, svc);

  app.use('*', identify(svc));
  app.use('*', requireSignIn());
  app.use('*', requireCsrf(svc));
  // Pages count the alerts nobody acknowledged for their navigation; the API and the event stream do not.
  app.use('*', async (c, next) => {
    if (c.req.method === 'GET' && !isApiPath(c.req.path) && c.req.path !== '/events' && c.get('principal')) {
      c.set('unreadAlerts', await deps.store.alerts.countUnacknowledged());
    }
    return next();
  });
  registerLogoutRoute(app, svc);
  registerEventRoutes(app, svc);
  registerStoryApiRoutes(app, svc);
  registerApiRoutes(app, svc);
  registerStoryPageRoutes(app, svc);
  registerFeedPageRoutes(app, svc);
  registerChannelPageRoutes(app, svc);
  registerPageRoutes(app, svc);

  app.notFound((c) => {
    if (isApiPath(c.req.path)) return c.json({ error: 'Not found.' }, 404);
    return c.html(<ErrorPage status={404} message="There is nothing at this address." viewer={viewerOf(c)} />, 404);
  });

  app.onError((err, c) => {
    let status = 500;
    let message = 'The dashboard failed to answer; the error is in its log.';
    if (err instanceof HTTPException) {
      status = err.status;
      message = err.message;
    } else if (err instanceof ZodError) {
      status = 400;
      message = describeIssues(err);
    } else {
      // The path, never the query or headers: those may carry tokens.
      const { method, path } = c.req;
      deps.logger.error(
        { method, path, reason: err.message, stack: err.stack },
        `request failed: ${method} ${path}: ${err.message}`,
      );
    }
    if (status === 503) c.header('Retry-After', '5');
    const code = status as 400 | 401 | 403 | 404 | 409 | 500 | 503;
    const fields = err instanceof FieldInputError ? { fields: err.fields } : {};
    if (isApiPath(c.req.path) || c.req.path === '/events') return c.json({ error: message, ...fields }, code);
    return c.html(<ErrorPage status={status} message={message} viewer={viewerOf(c)} />, code);
  });

  return Object.assign(app, {
    async dispose() {
      await Promise.all([
        svc.events.close(),
        svc.queues.close(),
        svc.references.close(),
        svc.feedChecker.close(),
        pages.close(),
      ]);
    },
  });
}
