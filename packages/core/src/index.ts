// The analysis core: pure functions, no I/O. The worker, the dashboard, the CLI and the tests all call these.
export * from './figures/index.js';
export * from './text/index.js';
export * from './compare/index.js';
export * from './engine-version.js';
