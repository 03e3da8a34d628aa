/** Loads the official SDK signer's vectors: the shared reference copy when present, else the fixture. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..', '..');

export interface DirectVector {
  name: string;
  description: string;
  sdkQuirk?: boolean;
  notVerbatimSdkOutput?: boolean;
  input: {
    algorithm: string;
    ak: string;
    sk: string;
    method: string;
    host: string;
    pathAsGivenToSigner: string;
    rawPathSegments?: string[];
    queryParams: Record<string, string | number | boolean | Array<string | number | boolean>>;
    headers: Record<string, string>;
    body: string | null;
    regionId?: string;
    derivedAuthServiceName?: string;
  };
  expected: {
    canonicalUri: string;
    canonicalQueryString: string;
    canonicalHeaders: string;
    signedHeaders: string;
    payloadHash: string;
    canonicalRequest: string;
    canonicalRequestHash: string;
    stringToSign: string;
    signature: string;
    authorization: string;
    headersAfterSign: Record<string, string>;
  };
}

export interface Vectors {
  fixed: { ak: string; sk: string; xSdkDate: string; projectId: string; domainId: string; instanceId: string; taskId: string };
  direct: DirectVector[];
  sdkEndToEnd: Array<{ name: string; wire: Array<{ method: string; url: string; headers: Record<string, string>; body: string | null }> }>;
}

export function vectorsPath(): string {
  const shared = join(repoRoot, '..', 'shared', 'reference', 'signing-vectors.json');
  return existsSync(shared) ? shared : join(repoRoot, 'test', 'fixtures', 'signing-vectors.json');
}

export function loadVectors(): Vectors {
  return JSON.parse(readFileSync(vectorsPath(), 'utf8')) as Vectors;
}

/** Raw segments of a vector's path: given explicitly, or split from the path the SDK signed. */
export function rawSegments(v: DirectVector): string[] {
  return v.input.rawPathSegments ?? v.input.pathAsGivenToSigner.split('/').slice(1);
}
