/**
 * Generators of hostile input for the bad-input properties: the characters that change what a URL
 * means (`/`, `..`, `%`, `?`, `#`), whitespace, control characters, Unicode and huge lengths.
 */
import * as fc from 'fast-check';

/** A fixed seed: a failure reproduces on every machine, and fast-check prints the counterexample. */
export const FUZZ_SEED = 0x7e11;

const PIECES = ['/', '..', '.', '%', '%2F', '%2e%2e', '?', '#', ' ', '\t', '\n', '\r', '\u0000', '\u007f', '\u202e', 'é', '中', '😀', '\ud800', '\\', '@', ':', '&', '=', '+', '{', '}', '{region}', '{service}'];

const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.stringMatching(/^[a-f0-9-]{1,12}$/));

/** Strings built from URL-meaningful pieces, plain text and occasionally something huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', '0', '/', '%', '.'), fc.integer({ min: 129, max: 100_000 })).map(([c, n]) => c.repeat(n)) },
);

/** A valid id with something hostile spliced in somewhere, so near-misses are tried too. */
export function nearMiss(valid: string): fc.Arbitrary<string> {
  return fc.tuple(fc.nat({ max: valid.length }), hostileString).map(([at, bad]) => valid.slice(0, at) + bad + valid.slice(at));
}

export const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: FUZZ_SEED, numRuns });
