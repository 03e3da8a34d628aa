/**
 * A short fingerprint of a page: the ids in the order the server gave them. Two pages with the same
 * fingerprint are the same page, which is how a listing notices that the service ignored its position.
 */
import { createHash } from 'node:crypto';
import type { Identified } from './uniqueById';

export function pageDigest(items: readonly Identified[]): string {
  const hash = createHash('sha256');
  for (const item of items) hash.update(item.id).update('\n');
  return hash.digest().subarray(0, 8).toString('base64url');
}
