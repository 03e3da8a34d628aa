/** The results as a Markdown table (for the terminal, RESULTS.md and the README alike). */
import type { Machine } from './machine';
import type { Row } from './rows';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function figureText(r: Row): string {
  if (r.figure === null) return '—';
  const n = Number.isInteger(r.figure) ? r.figure.toLocaleString('en') : String(r.figure);
  return r.unit ? `${n} ${r.unit}` : n;
}

function verdict(r: Row): string {
  if (r.met === undefined) return '';
  return r.met ? 'met' : '**missed**';
}

export function markdownTable(rows: readonly Row[]): string {
  const lines = ['| # | work | figure | goal | | note |', '|---|---|---:|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.id} | ${cell(r.work)} | ${figureText(r)} | ${cell(r.goal)} | ${verdict(r)} | ${cell(r.note ?? '')} |`);
  return lines.join('\n');
}

export function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`;
}
