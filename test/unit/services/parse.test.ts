import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { CloudError } from '../../../src/net/errors';
import { asObject, readArray, readBoolean, readNumberLike, readObjects, readString, withOperation } from '../../../src/services/parse';

function badResponseField(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CloudError, `expected CloudError, got ${String(e)}`);
    assert.equal(e.kind, 'badResponse');
    return e.field;
  }
  assert.fail('expected a badResponse');
}

describe('services/parse', () => {
  it('reads present strings and leaves absent or null optional fields undefined', () => {
    const obj = { a: 'x', n: null };
    assert.equal(readString(obj, 'a'), 'x');
    assert.equal(readString(obj, 'missing', { optional: true }), undefined);
    assert.equal(readString(obj, 'n', { optional: true }), undefined);
  });

  it('names the missing or mistyped field, with its position in the body', () => {
    assert.equal(badResponseField(() => readString({}, 'id', { at: 'tasks[2]' })), 'tasks[2].id');
    assert.equal(badResponseField(() => readString({ id: 5 }, 'id')), 'id');
    assert.equal(badResponseField(() => readArray({ tasks: {} }, 'tasks')), 'tasks');
    assert.equal(badResponseField(() => readBoolean({ b: 'yes' }, 'b', { optional: true })), 'b');
    assert.equal(badResponseField(() => readObjects({ tasks: [{}, 3] }, 'tasks', (o) => o)), 'tasks[1]');
    assert.equal(badResponseField(() => asObject([], '(body)')), '(body)');
  });

  it('reads task_count as a number or a numeric string, and refuses anything else', () => {
    assert.equal(readNumberLike({ c: 4 }, 'c'), 4);
    assert.equal(readNumberLike({ c: '4' }, 'c'), 4);
    for (const bad of ['', ' ', 'four', true, {}, [], Infinity]) {
      assert.equal(badResponseField(() => readNumberLike({ c: bad }, 'c')), 'c', `value ${String(bad)}`);
    }
  });

  it('keeps numeric strings and numbers equivalent for any integer', () => {
    fc.assert(
      fc.property(fc.integer(), (n) => readNumberLike({ c: String(n) }, 'c') === readNumberLike({ c: n }, 'c')),
    );
  });

  it('labels a badResponse with the operation that received it', () => {
    const err = (() => {
      try {
        withOperation('dms.kafka.listTasks', () => readString({}, 'id'));
      } catch (e) {
        return e as CloudError;
      }
      return undefined;
    })();
    assert.equal(err?.operation, 'dms.kafka.listTasks');
    assert.equal(err?.field, 'id');
  });
});
