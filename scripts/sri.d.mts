/** Types for the parts of sri.mjs that TypeScript code (Storybook's config) uses. */
export interface CdnChunk {
  file: string;
  url: string;
  integrity: string;
  kind: 'drawings' | 'runtime' | 'locale';
  /** For `kind: 'locale'`: the language code (`es`, `zh-Hans`, …). */
  locale?: string;
}
export declare function sri(path: string): string;
export declare function cdnBase(root?: string): string;
export declare function cdnChunks(root?: string, base?: string): CdnChunk[];
export declare function importMapFor(chunks: readonly CdnChunk[]): string;
