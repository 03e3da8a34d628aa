/** Throw-away certificate authorities for network tests, with their certificate written to a file as a person would keep it. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuthority, issueServerCertificate, type CertificateAuthority, type Validity } from '../../emulator/certificates';
import type { ServerTls } from './httpServer';

export interface PrivateCa {
  readonly authority: CertificateAuthority;
  /** The authority's certificate as a PEM file. */
  readonly caPath: string;
  /** A certificate for 127.0.0.1 signed by it. */
  readonly server: ServerTls;
  issue(hosts: readonly string[], validity?: Validity): Promise<ServerTls>;
  remove(): void;
}

export async function createPrivateCa(name: string): Promise<PrivateCa> {
  const authority = await createAuthority(name);
  const dir = mkdtempSync(join(tmpdir(), 'hwc-ca-'));
  const caPath = join(dir, 'ca.pem');
  writeFileSync(caPath, authority.certificatePem);
  const issue = async (hosts: readonly string[], validity?: Validity): Promise<ServerTls> => {
    const issued = await issueServerCertificate(authority, hosts, validity);
    return { cert: issued.certificatePem, key: issued.keyPem };
  };
  return { authority, caPath, server: await issue(['127.0.0.1']), issue, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
