import type { BuildOptions, Plugin } from 'esbuild';

export const UNDICI_FETCH_BODY: RegExp;
export const FETCH_BODY_STUB: string;
export const undiciFetchBodyStub: Plugin;
export function extensionBundleOptions(options?: { release?: boolean }): BuildOptions;
export const LLHTTP_FALLBACK: string;
export const llhttpFallbackBeside: Plugin;
