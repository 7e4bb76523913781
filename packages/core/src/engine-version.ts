/**
 * The version of the analysis engine: how this release reads an article's figures (values, units, stored
 * meaning), its claims, and compares them with a story's reference. Every stored analysis records the version
 * that made it (`article_stories.engine_version`), and the worker's maintenance analyses again, in bounded
 * batches, the latest analysed version of every active story's articles that an earlier engine analysed.
 *
 * Bump it in any change to how figures, claims or the comparison are read: a new FigureMeaning field, a new
 * or changed rule, vocabulary or word list, a changed figure key or severity. Leave it for a change that
 * reads every article exactly as before (a refactor, speed, comments, the dashboard or the store).
 *
 * A static test (test/static/engine-version.test.ts) fails on any change to these sources until
 * `node scripts/engine-fingerprint.mjs` records it: the moment to decide whether to bump.
 *
 * A date, written `YYYY-MM-DD` (the day of the change; `YYYY-MM-DD.2` for a second one that day, and `.9b` after
 * `.9`, as `.10` would sort before it): versions order as text, so a worker of an earlier release still running
 * during an upgrade leaves the analyses of a later one alone.
 */
export const ANALYSIS_ENGINE_VERSION = '2026-12-08.9k';
