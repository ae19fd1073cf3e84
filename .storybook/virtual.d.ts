/** Made by the `backcare:storybook-data` Vite plugin in .storybook/main.ts. */
declare module 'virtual:backcare-storybook-data' {
  export const manifest: object;
  export const cdn: {
    name: string;
    version: string;
    url: string;
    integrity: string | null;
    /** dist/cdn/backcare-elements.css: the space each element keeps until the script has run. */
    css: { url: string; integrity: string | null };
    /** The chunks the CDN file loads on demand (empty before `npm run build`). */
    chunks: Array<{ file: string; url: string; integrity: string; kind: 'drawings' | 'runtime' | 'locale' | 'element' | 'shared'; locale?: string; element?: string }>;
  };
}
