import type { ParsedResult } from 'chrono-node';
import type { DateFact, DateKind, DateModifier } from '../../schema/index.js';
import { readKind, readModifier, readTag, ruleOf } from '../tags.js';
import { componentsValue, type ComponentsValue, type ValueContext } from './components-value.js';
import { relativeValue } from './relative-value.js';
import { addDays, formatDay, weekdayOf } from './calendar.js';

export interface ResolvedDate {
  kind: DateKind;
  value: string;
  modifier: DateModifier | null;
  anchor: DateFact['anchor'];
  rule: string;
}

/** The fact fields of one chrono result, or null when it cannot be fixed without a publication date. */
export function resolveResult(result: ParsedResult, context: ValueContext): ResolvedDate | null {
  const modifier = readModifier(result);
  const kind = readKind(result);
  const value = readTag(result, 'value');
  if ((kind === 'duration' || kind === 'set') && value) {
    return { kind, value, modifier, anchor: 'absolute', rule: ruleOf(result, `dates/${kind}`) };
  }
  if (value) return { kind: 'date', value, modifier, anchor: 'absolute', rule: ruleOf(result, 'dates/value') };
  const relative = readTag(result, 'relative');
  if (relative) {
    if (!context.reference) return null;
    const resolved = relativeValue(relative, context.reference, context.direction, readTag(result, 'part'));
    return resolved ? { kind: 'date', value: resolved, modifier, anchor: 'publication', rule: ruleOf(result, 'dates/relative') } : null;
  }
  const start = componentsValue(result.start, context);
  if (!start) return null;
  if (result.end) return resolveRange(result, start, context, modifier);
  const part = readTag(result, 'part');
  return {
    kind: start.time ? 'time' : 'date',
    value: part && !start.time ? `${start.value}T${part}` : start.value,
    modifier,
    anchor: start.anchor,
    rule: start.resolution ? `dates/${start.resolution}` : ruleOf(result, 'chrono/date'),
  };
}

function resolveRange(result: ParsedResult, start: ComponentsValue, context: ValueContext, modifier: DateModifier | null): ResolvedDate | null {
  const end = componentsValue(result.end!, context);
  if (!end) return null;
  let endValue = end.value;
  // "Tuesday and Wednesday": the second weekday is the first one on or after the first, whatever the tense says.
  const endWeekday = result.end!.isCertain('weekday') && !result.end!.isCertain('day') ? result.end!.get('weekday') : null;
  const startDay = /^(\d{4})-(\d{2})-(\d{2})/.exec(start.value);
  if (endWeekday !== null && startDay) {
    const day = { year: Number(startDay[1]), month: Number(startDay[2]), day: Number(startDay[3]) };
    endValue = `${formatDay(addDays(day, (endWeekday - weekdayOf(day) + 7) % 7))}${end.value.slice(10)}`;
  }
  // The second end of "December 28 to January 3" falls in the next year when read on its own.
  else if (end.anchor === 'publication' && endValue < start.value && /^\d{4}/.test(endValue)) {
    endValue = `${String(Number(endValue.slice(0, 4)) + 1).padStart(4, '0')}${endValue.slice(4)}`;
  }
  return {
    kind: 'range',
    value: `${start.value}/${endValue}`,
    modifier,
    anchor: start.anchor === 'absolute' && end.anchor === 'absolute' ? 'absolute' : 'publication',
    rule: ruleOf(result, start.resolution ? `dates/${start.resolution}` : 'chrono/range'),
  };
}
