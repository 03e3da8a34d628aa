/**
 * Remembers which certificate a server presented when Node refused it, so the message can name the
 * authority to trust. Verification itself is Node's and stays on; this only reads what was shown.
 */
import { TLSSocket, type DetailedPeerCertificate, type PeerCertificate } from 'node:tls';
import type buildConnector from 'undici/types/connector';
import type { PresentedCertificate } from './networkProblem';

const presented = new WeakMap<object, PresentedCertificate>();

function nameOf(entity: PeerCertificate['subject'] | undefined): string | undefined {
  const pick = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
  return entity ? (pick(entity.CN) ?? pick(entity.O)) : undefined;
}

/** The last certificate of the chain the server sent (its issuer is the authority that would have to be trusted). */
function topOf(cert: DetailedPeerCertificate): DetailedPeerCertificate {
  let top = cert;
  for (let i = 0; i < 10 && top.issuerCertificate && top.issuerCertificate !== top && top.issuerCertificate.raw; i++) top = top.issuerCertificate;
  return top;
}

export function summarise(cert: DetailedPeerCertificate | undefined): PresentedCertificate | undefined {
  if (!cert || !cert.raw) return undefined;
  const names = (cert.subjectaltname ?? '')
    .split(', ')
    .map((n) => n.replace(/^(DNS|IP Address):/, ''))
    .filter((n) => n !== '');
  return { subject: nameOf(cert.subject), issuer: nameOf(topOf(cert).issuer), validTo: cert.valid_to, names };
}

function watch(socket: TLSSocket): void {
  const destroy = socket.destroy.bind(socket);
  // Node destroys the socket with the verification error right after checking the chain; once the error
  // is reported the certificate is gone with the handle, so it is read as destroy() begins.
  socket.destroy = (error?: Error) => {
    if (error && !presented.has(error)) {
      try {
        const summary = summarise(socket.getPeerCertificate(true));
        if (summary) presented.set(error, summary);
      } catch {
        // no handle any more: nothing to name
      }
    }
    return destroy(error);
  };
}

/** The same connector, noting the presented certificate on every TLS socket it opens. */
export function notingPresentedCertificates(connect: buildConnector.connector): buildConnector.connector {
  return (options, callback) => {
    const socket: unknown = (connect as unknown as (o: buildConnector.Options, c: buildConnector.Callback) => unknown)(options, callback);
    if (socket instanceof TLSSocket) watch(socket);
  };
}

/** The certificate noted for this error or one of its causes. */
export function presentedCertificate(err: unknown): PresentedCertificate | undefined {
  for (let e = err, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const found = presented.get(e);
    if (found) return found;
  }
  return undefined;
}
