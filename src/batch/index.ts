export { runBatch, BatchInputMismatch, type BatchOptions } from './run-batch.js';
export type { ProgressCounts } from './progress.js';
