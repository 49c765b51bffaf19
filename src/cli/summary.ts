import type { ExtractionResult } from '../schema/index.js';
import { formatTable } from './table.js';

/** A human-readable overview of a result: one table per fact field, checkable at a glance. */
export function formatSummary(result: ExtractionResult): string {
  const { article, sentences } = result;
  const captions = sentences.filter((s) => s.caption).length;
  const actorName = new Map(result.actors.map((a) => [a.id, a.name]));
  const locationName = new Map(result.locations.map((l) => [l.id, l.name]));
  const quantityText = new Map(result.quantities.map((q) => [q.id, q.text]));
  const parts = [
    `article ${article.id}  published ${article.publishedAt ?? '(unknown)'}  ${sentences.length} sentences (${captions} in captions)\n`,
    section('dates', ['text', 'kind', 'value', 'modifier', 'anchor', 'sentence'], result.dates.map((d) => [
      d.text, d.kind, d.value, d.modifier ?? '', d.anchor, String(d.sentence),
    ])),
    section('quantities', ['text', 'value', 'unit', 'modifier', 'kind', 'sentence'], result.quantities.map((q) => [
      q.text, quantityValue(q), q.unit ?? '', q.modifier, q.kind + (q.direction ? ` ${q.direction}` : ''), String(q.sentence),
    ])),
    section('actors', ['name', 'kind', 'country', 'titles', 'aliases', 'mentions'], result.actors.map((a) => [
      a.credit ? `${a.name} (credit)` : a.name, a.kind, a.country ?? '', a.titles.join('; '), a.aliases.join('; '), String(a.mentions.length),
    ])),
    section('locations', ['name', 'kind', 'country', 'mentions'], result.locations.map((l) => [
      l.name, l.kind, l.country ?? '', String(l.mentions.length),
    ])),
    section('events', ['type', 'trigger', 'date', 'participants', 'location', 'quantities', 'context'], result.events.map((e) => [
      e.negated ? `${e.type} (not)` : e.type,
      e.text,
      e.date ?? '',
      e.participants.map((p) => `${actorName.get(p.actor) ?? p.actor}:${p.role}`).join(', '),
      e.location ? (locationName.get(e.location) ?? e.location) : '',
      e.quantities.map((q) => quantityText.get(q) ?? q).join(', '),
      e.context ?? '',
    ])),
  ];
  if (result.diagnostics.length > 0) {
    parts.push(section('diagnostics', ['severity', 'code', 'message'], result.diagnostics.map((d) => [d.severity, d.code, d.message])));
  }
  return parts.join('\n');
}

function section(title: string, header: string[], rows: string[][]): string {
  return `${title.toUpperCase()} (${rows.length})\n${rows.length > 0 ? formatTable(header, rows) : '  none\n'}`;
}

function quantityValue(q: ExtractionResult['quantities'][number]): string {
  if (q.of != null) return `${q.value} of ${q.of}`;
  if (q.min != null && q.max != null) return `${q.min}–${q.max}`;
  return String(q.value);
}
