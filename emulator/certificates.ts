/**
 * Throw-away certificate authorities and server certificates, for the emulator's HTTPS mode and the tests'
 * TLS-inspecting proxy. Made in JavaScript with Node's WebCrypto, so no `openssl` is needed; P-256 keys,
 * short validity. Never for anything but local tests and demos.
 */
// @peculiar/x509 wires its parsers with tsyringe, which needs the Reflect metadata API in place first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { randomBytes, webcrypto } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

type CryptoKeyPair = webcrypto.CryptoKeyPair;

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface CertificateAuthority {
  /** Its common name, as a client names the issuer. */
  readonly name: string;
  readonly certificatePem: string;
  readonly certificate: x509.X509Certificate;
  readonly keys: CryptoKeyPair;
}

export interface ServerCertificate {
  /** The server certificate followed by nothing else: clients must find the authority themselves. */
  readonly certificatePem: string;
  readonly keyPem: string;
}

export interface Validity {
  readonly notBefore?: Date;
  readonly notAfter?: Date;
}

function serialNumber(): string {
  // Positive and non-zero, as RFC 5280 asks.
  return '01' + randomBytes(8).toString('hex');
}

async function generateKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
}

export async function createAuthority(name: string, validity: Validity = {}): Promise<CertificateAuthority> {
  const keys = await generateKeys();
  const now = Date.now();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(),
    name: `CN=${name}, O=Huawei Cloud Tasks tests`,
    notBefore: validity.notBefore ?? new Date(now - HOUR),
    notAfter: validity.notAfter ?? new Date(now + 30 * DAY),
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { name, certificate, certificatePem: certificate.toString('pem'), keys };
}

/** A certificate for these host names and IP addresses, signed by `authority`. */
export async function issueServerCertificate(authority: CertificateAuthority, hosts: readonly string[], validity: Validity = {}): Promise<ServerCertificate> {
  const keys = await generateKeys();
  const now = Date.now();
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(),
    subject: `CN=${hosts[0] ?? 'localhost'}`,
    issuer: authority.certificate.subject,
    notBefore: validity.notBefore ?? new Date(now - HOUR),
    notAfter: validity.notAfter ?? new Date(now + 7 * DAY),
    signingKey: authority.keys.privateKey,
    publicKey: keys.publicKey,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(hosts.map((h) => (isIP(h) ? { type: 'ip' as const, value: h } : { type: 'dns' as const, value: h }))),
      await x509.AuthorityKeyIdentifierExtension.create(authority.certificate),
    ],
  });
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { certificatePem: certificate.toString('pem'), keyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY') };
}

export interface TlsFolder {
  readonly dir: string;
  /** The authority's certificate: what a client must trust. */
  readonly caPath: string;
  readonly authorityName: string;
  readonly cert: string;
  readonly key: string;
}

/** A new authority and a certificate for 127.0.0.1 and localhost, written to `dir` (ca.pem, server.pem, server-key.pem). */
export async function writeTlsFolder(dir: string, authorityName = 'Huawei Cloud Tasks Emulator CA'): Promise<TlsFolder> {
  const authority = await createAuthority(authorityName);
  const server = await issueServerCertificate(authority, ['127.0.0.1', 'localhost', '::1']);
  await mkdir(dir, { recursive: true });
  const caPath = join(dir, 'ca.pem');
  await writeFile(caPath, authority.certificatePem);
  await writeFile(join(dir, 'server.pem'), server.certificatePem);
  await writeFile(join(dir, 'server-key.pem'), server.keyPem, { mode: 0o600 });
  return { dir, caPath, authorityName, cert: server.certificatePem, key: server.keyPem };
}
