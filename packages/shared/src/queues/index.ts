export * from './contracts.js';
export * from './connection.js';
