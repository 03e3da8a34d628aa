/**
 * The certificate authorities a connection trusts. Node's own list (Mozilla's, plus `NODE_EXTRA_CA_CERTS`)
 * always; the operating system's store when `http.systemCertificates` is on (where private and corporate
 * authorities usually live); and the files of `huaweicloudTasks.caCertificates`. Nothing here turns
 * verification off: an authority can only be added.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import * as tls from 'node:tls';
import { CloudError } from './errors';
import type { HostNetwork, ProxySettings } from './proxy';

/** Node 22.15+ and 23.5+ read the stores themselves; the types of Node 20 do not know it yet. */
type GetCaCertificates = (store: 'default' | 'system' | 'bundled' | 'extra') => string[];
const getCACertificates = (tls as unknown as { getCACertificates?: GetCaCertificates }).getCACertificates;

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Node's defaults as it uses them when no `ca` is given: once a `ca` is given they would be lost. */
function nodeDefaults(): string[] {
  if (getCACertificates) return getCACertificates('default');
  const extra = process.env.NODE_EXTRA_CA_CERTS;
  let added: string[] = [];
  try {
    added = extra ? (readFileSync(extra, 'utf8').match(PEM_BLOCK) ?? []) : [];
  } catch {
    // Node itself only warns at start about an unreadable NODE_EXTRA_CA_CERTS
  }
  return [...tls.rootCertificates, ...added];
}

async function systemStore(host: HostNetwork | undefined): Promise<readonly string[]> {
  if (host?.systemCertificates) return host.systemCertificates();
  return getCACertificates?.('system') ?? [];
}

function caFileProblem(path: string, reason: string, cause?: unknown): CloudError {
  return new CloudError('badInput', `The certificate authority file ${path} cannot be used: ${reason}.`, { network: { kind: 'caFile', path, reason }, cause });
}

function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') || path.startsWith('~\\') ? join(homedir(), path.slice(1)) : path;
}

/** The certificates of one file, PEM (one or many) or a single DER certificate, each checked to parse. */
export async function readAuthorityFile(setting: string): Promise<string[]> {
  const path = expandHome(setting.trim());
  if (!isAbsolute(path)) throw caFileProblem(setting, 'use an absolute path');
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw caFileProblem(path, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable'), e);
  }
  const blocks = bytes.toString('latin1').match(PEM_BLOCK);
  try {
    return blocks ? blocks.map((pem) => new X509Certificate(pem).toString()) : [new X509Certificate(bytes).toString()];
  } catch (e) {
    throw caFileProblem(path, blocks ? 'a certificate in it does not parse' : 'it holds no PEM or DER certificate', e);
  }
}

/** The authorities to trust, or undefined when Node's defaults are all there is (no `ca` option needed). */
export async function trustedAuthorities(settings: ProxySettings): Promise<string[] | undefined> {
  const files = (settings.caCertificates ?? []).filter((f) => f.trim() !== '');
  if (!settings.systemCertificates && files.length === 0) return undefined;
  const [system, extra] = await Promise.all([settings.systemCertificates ? systemStore(settings.host) : [], Promise.all(files.map(readAuthorityFile))]);
  return [...new Set([...nodeDefaults(), ...system, ...extra.flat()])];
}
