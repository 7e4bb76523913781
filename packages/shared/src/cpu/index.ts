export {
  CpuDeadlineError,
  createDeadlinePool,
  type DeadlinePool,
  type DeadlinePoolOptions,
  type DeadlineTaskMessage,
  signalStarted,
  threadModule,
} from './deadline-pool.js';
