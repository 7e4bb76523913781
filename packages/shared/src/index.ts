export * from './schemas/figure.js';
export * from './schemas/compare.js';
