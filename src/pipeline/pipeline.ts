import { buildDocument } from '../document/index.js';
import { ingest, type ArticleInput } from '../ingest/index.js';
import { SCHEMA_VERSION, type ExtractionResult, type Facts } from '../schema/index.js';
import { validateResult } from '../validate/index.js';
import { defaultStages } from './default-stages.js';
import { resolveOptions, type ExtractOptions } from './options.js';
import { emptyFacts, type Stage } from './stage.js';

export interface PipelineConfig {
  /** The stages in order; defaults to `defaultStages`. Copy and change that array to add or replace a stage. */
  stages?: readonly Stage[];
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage on one article and returns a validated result. Content problems are in `diagnostics`. */
  extract(input: string | ArticleInput, options?: ExtractOptions): ExtractionResult;
}

/** A pipeline with your own stages, e.g. `createPipeline({ stages: [...defaultStages, myStage] })`. */
export function createPipeline(config: PipelineConfig = {}): Pipeline {
  const stages = [...(config.stages ?? defaultStages)];
  stages.forEach(assertStage);
  return { stages, extract: (input, options) => runPipeline(stages, input, options) };
}

function runPipeline(stages: readonly Stage[], input: string | ArticleInput, options?: ExtractOptions): ExtractionResult {
  assertInput(input);
  const resolved = resolveOptions(options);
  const ingested = ingest(input, { publishedAt: resolved.publishedAt, maxChars: resolved.maxChars });
  let facts: Facts = { ...emptyFacts(), diagnostics: ingested.diagnostics };
  if (!ingested.readable) {
    return validateResult({ schemaVersion: SCHEMA_VERSION, article: ingested.article, sentences: [], ...facts });
  }
  const document = buildDocument(ingested);
  for (const stage of stages) facts = runStage(stage, document, facts);
  const tokens = resolved.tokens
    ? document.terms.map((t) => ({ start: t.start, end: t.end, text: t.text, tags: [...t.tags] }))
    : undefined;
  return validateResult({
    schemaVersion: SCHEMA_VERSION,
    article: ingested.article,
    sentences: [...document.sentences],
    ...(tokens && { tokens }),
    ...facts,
  });
}

/** A stage that throws loses its own facts, not the article: the failure becomes an error diagnostic. */
function runStage(stage: Stage, document: Parameters<Stage['run']>[0], facts: Facts): Facts {
  try {
    return stage.run(document, facts);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ...facts,
      diagnostics: [
        ...facts.diagnostics,
        { code: 'pipeline/stage-failed', severity: 'error', message: `stage "${stage.name}" failed: ${message}`, stage: stage.name },
      ],
    };
  }
}

function assertStage(stage: Stage, index: number): void {
  if (!stage || typeof stage.name !== 'string' || typeof stage.run !== 'function') {
    throw new TypeError(`newsfacts: stage ${index} is not a stage; pass objects of the form { name: string, run(document, facts) }`);
  }
}

function assertInput(input: unknown): void {
  if (typeof input !== 'string' && (typeof input !== 'object' || input === null)) {
    throw new TypeError(`newsfacts: extract() takes a string or { text, publishedAt?, id?, title? }, not ${input === null ? 'null' : typeof input}`);
  }
}
