import * as assert from 'node:assert/strict';
import { CloudError } from '../../../src/net/errors';
import { describeProblem, type NetworkProblem } from '../../../src/net/networkProblem';
import { errorDetail, errorReason } from '../../../src/text/errorText';
import { englishLocalizer } from '../../../src/util/localizer';

// Each network problem's row names what failed and what fixes it; the tooltip and the log get the full sentence.
describe('error rows of network problems', () => {
  const host = '127.0.0.1:8443';
  const proxy = 'http://127.0.0.1:3128';
  const cases: ReadonlyArray<readonly [NetworkProblem, readonly string[]]> = [
    [{ kind: 'untrustedCertificate', host, code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', certificate: { issuer: 'Corp Root CA' } }, [host, 'Corp Root CA', 'huaweicloudTasks.caCertificates']],
    [{ kind: 'untrustedCertificate', host, code: 'SELF_SIGNED_CERT_IN_CHAIN' }, [host, 'an unknown authority', 'huaweicloudTasks.caCertificates']],
    [{ kind: 'certificateDate', host, code: 'CERT_HAS_EXPIRED' }, [host, 'expired']],
    [{ kind: 'certificateName', host, code: 'ERR_TLS_CERT_ALTNAME_INVALID' }, [host, 'another host name']],
    [{ kind: 'proxyAuth', proxy, schemes: ['Negotiate'], sentCredentials: false }, [proxy, '407', 'http.proxyAuthorization']],
    [{ kind: 'proxyAuth', proxy, schemes: ['Basic'], sentCredentials: true }, [proxy, 'rejected the credentials', 'http.proxyAuthorization']],
    [{ kind: 'proxyRefused', proxy, status: 403, host }, [proxy, 'HTTP 403']],
    [{ kind: 'proxyUnreachable', proxy, code: 'ECONNREFUSED' }, [proxy, 'http.proxy']],
    [{ kind: 'proxyUnsupported', proxy: 'socks://10.0.0.1:1080' }, ['socks://10.0.0.1:1080', 'http.proxy']],
    [{ kind: 'dns', host: 'dcs.example.test', code: 'ENOTFOUND' }, ['dcs.example.test', 'DNS']],
    [{ kind: 'offline', host, code: 'EAI_AGAIN' }, ['offline']],
    [{ kind: 'caFile', path: '/etc/ca/private.pem', reason: 'no such file' }, ['/etc/ca/private.pem', 'no such file', 'huaweicloudTasks.caCertificates']],
  ];
  for (const [problem, parts] of cases) {
    it(`${problem.kind}: ${parts.join(', ')}`, () => {
      const error = new CloudError(problem.kind === 'caFile' ? 'badInput' : 'network', describeProblem(problem), { network: problem });
      const row = errorReason(error, englishLocalizer);
      for (const part of parts) assert.ok(row.includes(part), `"${part}" in "${row}"`);
      assert.ok(errorDetail(error).startsWith(describeProblem(problem)));
    });
  }

  it('keeps the general reason for a network failure without a known problem', () => {
    assert.equal(errorReason(new CloudError('network', 'Network error (ECONNRESET)'), englishLocalizer), 'Cannot reach the endpoint');
  });

  it('names the Negotiate scheme a proxy asked for in the full sentence', () => {
    assert.match(describeProblem({ kind: 'proxyAuth', proxy, schemes: ['Negotiate', 'NTLM'], sentCredentials: false }), /it asks for Negotiate, NTLM/);
  });
});
