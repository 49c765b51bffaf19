import type { Plugin } from 'esbuild';

/** esbuild plugin: inline the gazetteer JSON with only the fields the source reads. */
export function trimGazetteer(): Plugin;
