/** Types for sri.mjs, used by Storybook's config and by the type check of scripts/. */
export interface CdnChunk {
  file: string;
  url: string;
  integrity: string;
  kind: 'drawings' | 'runtime' | 'locale';
  /** For `kind: 'locale'`: the language code (`es`, `zh-Hans`, …). */
  locale?: string;
}
export declare const CDN_FILE: string;
export declare function sri(path: string): string;
export declare function cdnSnippet(root?: string, base?: string): string;
export declare function importMapSnippet(root?: string, base?: string): string;
export declare function checkReadme(): { ok: boolean; message: string };
export declare function cdnBase(root?: string): string;
export declare function cdnChunks(root?: string, base?: string): CdnChunk[];
export declare function importMapFor(chunks: readonly CdnChunk[]): string;
