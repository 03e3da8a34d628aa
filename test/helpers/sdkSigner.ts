/**
 * The official Node SDK signer (`@huaweicloud/huaweicloud-sdk-core` 3.1.211) driven the way its HcClient
 * drives it: a request built with `HttpRequestBuilder`, handed to `credentials.processAuthRequest`, which
 * adds X-Project-Id / X-Domain-Id / X-Security-Token and then calls `AKSKSigner.sign` or, for derived
 * credentials, `DerivedAKSKSigner.sign`. Used as an oracle by tests and as a baseline by benchmarks.
 * Test-only: the SDK is a dev dependency.
 */
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials';
import { GlobalCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/GlobalCredentials';
import type { HcClient } from '@huaweicloud/huaweicloud-sdk-core/HcClient';
import type { IHttpRequest } from '@huaweicloud/huaweicloud-sdk-core/http/IHttpRequest';
import { HttpRequestBuilder } from '@huaweicloud/huaweicloud-sdk-core/http/IHttpRequestBuilder';

export type SdkQueryValue = string | number | boolean;

export interface SdkSignRequest {
  readonly method: string;
  /** `scheme://host[:port]`, as given to `withEndpoint`. */
  readonly endpoint: string;
  /** The path as the SDK's generated code passes it (already substituted, not encoded by us). */
  readonly path: string;
  readonly query?: Readonly<Record<string, SdkQueryValue | readonly SdkQueryValue[]>>;
  /** Request headers, e.g. `content-type`; `X-Sdk-Date` here fixes the signing time. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The body model; the SDK hashes (and sends) `JSON.stringify(data)` when it is truthy. */
  readonly data?: unknown;
}

export interface SdkSignCredentials {
  readonly accessKey: string;
  readonly secretKey: string;
  readonly securityToken?: string;
  /** BasicCredentials: sent as X-Project-Id. */
  readonly projectId?: string;
  /** GlobalCredentials (IAM): sent as X-Domain-Id. Exclusive with projectId. */
  readonly domainId?: string;
  /** Sign with V11-HMAC-SHA256 and a key derived for this region and service. */
  readonly derived?: { readonly region: string; readonly service: string };
}

// processAuthRequest only touches the client to refresh federated (IdP) tokens, which these
// credentials never have.
const NO_CLIENT = undefined as unknown as HcClient;

function sdkCredentials(c: SdkSignCredentials): BasicCredentials | GlobalCredentials {
  const creds =
    c.domainId !== undefined
      ? new GlobalCredentials().withDomainId(c.domainId)
      : new BasicCredentials().withProjectId(c.projectId ?? '');
  creds.withAk(c.accessKey).withSk(c.secretKey).withSecurityToken(c.securityToken);
  if (c.derived) {
    creds.processDerivedAuthParams(c.derived.service, c.derived.region);
    // The SDK's default predicate reads a static through `this`, so passed unbound as documented
    // (`withDerivedPredicate(BasicCredentials.getDefaultDerivedPredicate)`) it throws a TypeError once
    // called as a method of the credentials. Calling it on its class keeps its rule and makes it work.
    creds.withDerivedPredicate((request) => BasicCredentials.getDefaultDerivedPredicate(request));
  }
  return creds;
}

/** Deep-copies query arrays: the SDK sorts repeated values in place. */
function copyQuery(query: SdkSignRequest['query']): Record<string, SdkQueryValue | SdkQueryValue[]> {
  const out: Record<string, SdkQueryValue | SdkQueryValue[]> = {};
  for (const [k, v] of Object.entries(query ?? {})) out[k] = Array.isArray(v) ? [...(v as SdkQueryValue[])] : (v as SdkQueryValue);
  return out;
}

function buildRequest(r: SdkSignRequest): IHttpRequest {
  return new HttpRequestBuilder()
    .withEndpoint(r.endpoint)
    .withUrl(r.path)
    .withMethod(r.method)
    .withQueryParams(copyQuery(r.query))
    .withHeaders({ ...r.headers })
    .withData(r.data)
    .build();
}

/** Signs like the SDK and returns every header it set (caller's, auth headers, host, Authorization). */
export async function sdkSign(request: SdkSignRequest, credentials: SdkSignCredentials): Promise<Record<string, string>> {
  const signed = await sdkCredentials(credentials).processAuthRequest(NO_CLIENT, buildRequest(request));
  return { ...(signed.headers as Record<string, string>) };
}

/** The SDK's own rule for when derived (V11) signing applies: true for non-public endpoints. */
export function sdkWouldDerive(endpoint: string): boolean {
  return BasicCredentials.getDefaultDerivedPredicate({ endpoint });
}
