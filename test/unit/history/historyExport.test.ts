import * as assert from 'node:assert/strict';
import { CSV_BOM, csvCell, toCsv, toJson } from '../../../src/history/exportFormats';
import { parseRecord, RECORD_FIELDS, type DeletionRecord } from '../../../src/history/record';

const record = (over: Partial<DeletionRecord> = {}): DeletionRecord => ({
  time: '2025-06-30T12:00:00.000Z',
  profile: 'prod',
  region: 'cn-north-4',
  service: 'kafka',
  instanceId: 'i-1',
  instanceName: 'kafka-orders',
  taskId: 't-1',
  taskName: 'restartInstance',
  result: 'deleted',
  requestId: 'r-1',
  ...over,
});

/** A small RFC 4180 reader, to prove what a spreadsheet would read back (after the byte-order mark). */
function parseCsv(withBom: string): string[][] {
  assert.ok(withBom.startsWith(CSV_BOM), 'the CSV starts with a byte-order mark');
  const text = withBom.slice(CSV_BOM.length);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      cell += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe('deletion history export', () => {
  it('CSV has a header and one row per record, in field order', () => {
    const rows = parseCsv(toCsv([record(), record({ taskId: 't-2', result: 'failed', requestId: undefined, reason: 'Not found' })]));
    assert.deepEqual(rows[0], [...RECORD_FIELDS]);
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[2], ['2025-06-30T12:00:00.000Z', 'prod', 'cn-north-4', 'kafka', 'i-1', 'kafka-orders', 't-2', 'restartInstance', 'failed', '', 'Not found']);
  });

  it('CSV quotes commas, quotes and line breaks so they read back unchanged', () => {
    const name = 'a, "quoted"\nname\r\nend';
    const rows = parseCsv(toCsv([record({ taskName: name })]));
    assert.equal(rows[1]![7], name);
  });

  it('CSV defuses cells a spreadsheet would run as formulas', () => {
    for (const evil of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx']) {
      assert.ok(csvCell(evil).replace(/^"/, '').startsWith("'"), evil);
      assert.equal(parseCsv(toCsv([record({ taskName: evil })]))[1]![7], `'${evil}`);
    }
    assert.equal(csvCell('plain'), 'plain');
  });

  it('JSON holds exactly the record fields and reads back', () => {
    const sneaky = { ...record(), secretKey: 'must-not-appear' } as DeletionRecord;
    const text = toJson([sneaky]);
    assert.ok(!text.includes('must-not-appear'));
    const [back] = JSON.parse(text) as unknown[];
    assert.deepEqual(parseRecord(JSON.stringify(back)), record());
  });

  it('reads back only whole records', () => {
    assert.equal(parseRecord('{"time":"x"'), undefined);
    assert.equal(parseRecord(JSON.stringify({ ...record(), result: 'maybe' })), undefined);
    assert.deepEqual(parseRecord(JSON.stringify(record())), record());
  });

  it('CSV: starts with a UTF-8 byte-order mark, so Excel on a Chinese Windows reads names as UTF-8', () => {
    const bytes = Buffer.from(toCsv([record({ instanceName: '订单队列' })]), 'utf8');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(bytes.toString('utf8').includes('订单队列'));
  });
});
