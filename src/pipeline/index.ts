export { createPipeline, type Pipeline, type PipelineConfig } from './pipeline.js';
export { defaultStages } from './default-stages.js';
export { ExtractOptionsSchema, type ExtractOptions, type ResolvedExtractOptions } from './options.js';
export { emptyFacts, type Stage } from './stage.js';
