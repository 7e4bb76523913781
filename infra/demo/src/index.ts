export { DEMO_STORY, type DemoConfig, type DemoFeedConfig, demoOutletsConfig } from './demo-config.js';
export type { DemoOutlet } from './demo-outlet.js';
export { type DemoOutletsOptions, type DemoOutletsServer, startDemoOutlets } from './server.js';
