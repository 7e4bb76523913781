// The record schemas alone (zod, no store, queue or logger): what a light consumer such as the command line's
// `extract` and `compare` needs, without loading the database and Redis clients that `@parallax/shared` brings.
export * from './compare.js';
export * from './figure.js';
export * from './records.js';
export * from './story-settings.js';
