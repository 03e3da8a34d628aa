/** VS Code's network settings (`http.*`) and `huaweicloudTasks.caCertificates`, as the network layer takes them. */
import * as vscode from 'vscode';
import type { ProxySettings, ProxySupport } from './net/proxy';
import { userValue } from './userValue';
import { vscodeHostNetwork } from './vscodeNetwork';

const PROXY_SUPPORT: readonly string[] = ['off', 'on', 'fallback', 'override'] satisfies ProxySupport[];

export function readHttpSettings(): ProxySettings {
  const http = vscode.workspace.getConfiguration('http');
  const proxy = http.get<string>('proxy', '').trim();
  const authorization = (http.get<string | null>('proxyAuthorization', null) ?? '').trim();
  const support = http.get<string>('proxySupport', 'override');
  return {
    ...(proxy ? { proxy } : {}),
    noProxy: http.get<string[]>('noProxy', []),
    proxyStrictSSL: http.get<boolean>('proxyStrictSSL', true),
    ...(authorization ? { proxyAuthorization: authorization } : {}),
    proxySupport: PROXY_SUPPORT.includes(support) ? (support as ProxySupport) : 'override',
    systemCertificates: http.get<boolean>('systemCertificates', true),
    // Which authorities to trust decides who can read the signed requests: user settings only, like the endpoints.
    caCertificates: userValue<unknown[]>(vscode.workspace.getConfiguration('huaweicloudTasks'), 'caCertificates', []).filter((p): p is string => typeof p === 'string'),
    host: vscodeHostNetwork(),
  };
}
