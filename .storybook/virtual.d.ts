/** Made by the `backcare:storybook-data` Vite plugin in .storybook/main.ts. */
declare module 'virtual:backcare-storybook-data' {
  export const manifest: object;
  export const cdn: { name: string; version: string; url: string; integrity: string | null };
}
