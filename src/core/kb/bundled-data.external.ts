import type { BundledData } from './bundled-data';

export type { BundledData };

/**
 * The extension's bundles take this module for `bundled-data.ts` (scripts/build.js): the
 * knowledge base's data (most of a bundle's size) is then `dist/knowledge-base.json`, which
 * the extension reads once, before the first use of the bundled knowledge base.
 */
let data: BundledData | undefined;

export function bundledData(): BundledData {
  if (!data) throw new Error('The bundled knowledge base is used before its data file (dist/knowledge-base.json) was read.');
  return data;
}

export function setBundledData(value: BundledData): void {
  if (!value || !Array.isArray(value.files)) throw new Error('dist/knowledge-base.json is not Sorot knowledge-base data.');
  data = value;
}

export function isBundledDataLoaded(): boolean {
  return data !== undefined;
}
