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
  // Builds and generated code, not part of the element API.
  exclude: ['src/**/*.styles.ts', 'src/cdn.ts', 'src/cdn-setup.ts', 'src/autoloader.ts', 'src/react/**'],
  outdir: '.',
  // package.json already names the manifest; do not let the analyzer rewrite it.
  packagejson: false,
  litelement: true,
  plugins: [dropUnnamedEvents()],
};
