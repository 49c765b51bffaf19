const MAX_CELL = 48;

/** A plain-text table with a header row; long cells are shortened with an ellipsis (a summary, not the data). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [header, ...rows].map((row) => row.map((c) => (c.length > MAX_CELL ? `${c.slice(0, MAX_CELL - 1)}…` : c)));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) => `  ${row.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return `${cells.map(line).join('\n')}\n`;
}
