export { buildDocument } from './build.js';
export type { ArticleDocument, NlpView, Term } from './types.js';
