import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkTaskStatus } from '../../../src/services/checkStatus';
import { statusLabel } from '../../../src/text/statusText';
import { englishLocalizer, type Localizer } from '../../../src/util/localizer';

/** The Localizer as VS Code runs it in Simplified Chinese: the shipped bundle, English where it has no entry. */
function bundleLocalizer(file: string): Localizer {
  const bundle = JSON.parse(fs.readFileSync(path.join('l10n', file), 'utf8')) as Record<string, string>;
  return { t: (m, ...a) => englishLocalizer.t(bundle[m] ?? m, ...a) };
}

describe('text/statusText', () => {
  const zh = bundleLocalizer('bundle.l10n.zh-cn.json');

  it('gives every status the services are known to send a label of its own, in English and in Chinese', () => {
    const known = ['SUCCESS', 'FAILED', 'EXECUTING', 'CREATED', 'WAITING', 'CANCELLED', 'DELETED', 'FINISH', 'RUNNING', 'ERROR'];
    const codearts = [0, 1, 2, 3, undefined].map((code) => checkTaskStatus(code).status);
    for (const status of [...known, ...codearts]) {
      assert.notEqual(statusLabel(status, englishLocalizer), status, status);
      assert.doesNotMatch(statusLabel(status, zh), /[A-Za-z]/, `${status} has a Chinese label`);
    }
    assert.equal(statusLabel('SUCCESS', englishLocalizer), 'Succeeded');
    assert.equal(statusLabel('SUCCESS', zh), '成功');
    assert.equal(statusLabel('CREATED', zh), '待执行', 'not the tooltip\'s "Created" (创建时间)');
    assert.equal(statusLabel('NOT_CHECKED', zh), '未检查');
  });

  it('reads spellings in any case and with spaces around', () => {
    assert.equal(statusLabel(' finish ', englishLocalizer), 'Finished');
    assert.equal(statusLabel('Canceled', englishLocalizer), 'Cancelled');
  });

  it('shows a status it does not know as the service sent it', () => {
    assert.equal(statusLabel('REBOOTING', zh), 'REBOOTING');
    assert.equal(statusLabel(checkTaskStatus(7).status, zh), 'STATUS_7');
    assert.equal(statusLabel('', zh), '');
  });
});
