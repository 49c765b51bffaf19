// Run with: npm run build && node examples/extract-article.mjs
import { extract } from 'newsfacts';

const result = extract({
  id: 'example-1',
  publishedAt: '2025-06-02',
  text: 'Russian forces shelled the southern Kherson region on Sunday, killing three people, regional officials said.',
});

for (const date of result.dates) console.log(`date      ${date.text} -> ${date.value}`);
for (const quantity of result.quantities) console.log(`quantity  ${quantity.text} -> ${quantity.value} ${quantity.unit ?? ''}`);
for (const actor of result.actors) console.log(`actor     ${actor.name} (${actor.kind})`);
for (const location of result.locations) console.log(`location  ${location.name} (${location.kind})`);
for (const event of result.events) console.log(`event     ${event.type} "${event.text}" on ${event.date ?? '?'}`);
console.log(`${result.sentences.length} sentence(s), ${result.diagnostics.length} diagnostic(s)`);
