// @ts-check
// Source modules that register elements or set up the CDN page: bundling the TypeScript sources
// (our rollup builds, the size budget, Storybook's Vite build) must never tree-shake them away.
// package.json `sideEffects` names only their built copies in dist/, as published. Test a path
// relative to the project root.
export const SIDE_EFFECT_SOURCE = /^src[\\/](define|cdn|cdn-setup|cdn-lazy-elements|autoloader|elements[\\/]define-all|elements[\\/][^\\/]+[\\/]define)\.ts$/;
