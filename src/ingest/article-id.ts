/** A stable id for an article that came without one: FNV-1a over its text, so a re-run gives the same id. */
export function articleIdFor(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `article-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
