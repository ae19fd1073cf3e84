// Custom Elements Manifest from the JSDoc in src/. The analyzer also records every
// `dispatchEvent(new X())` as an unnamed event; the named `@fires` entries already describe them.
function dropUnnamedEvents() {
  return {
    name: 'drop-unnamed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropUnnamedEvents()],
};
