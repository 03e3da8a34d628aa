/**
 * The history as CSV (RFC 4180: fields with commas, quotes or line breaks quoted, quotes doubled) and as
 * JSON. A CSV cell that a spreadsheet would run as a formula (leading =, +, -, @, tab or CR) gets a
 * leading apostrophe, since task names come from the cloud and are not ours to trust.
 */
import { RECORD_FIELDS, type DeletionRecord } from './record';

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Starts with a byte-order mark: Excel reads a CSV without one in the system's code page (GBK on a Chinese
 * Windows), which garbles every non-ASCII task and instance name.
 */
export const CSV_BOM = '\uFEFF';

export function toCsv(records: readonly DeletionRecord[]): string {
  const rows = [RECORD_FIELDS.join(',')];
  for (const r of records) rows.push(RECORD_FIELDS.map((f) => csvCell(r[f] ?? '')).join(','));
  return CSV_BOM + rows.join('\r\n') + '\r\n';
}

export function toJson(records: readonly DeletionRecord[]): string {
  return JSON.stringify(records, RECORD_FIELDS as string[], 2) + '\n';
}
