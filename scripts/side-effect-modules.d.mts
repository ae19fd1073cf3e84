/** Source modules that register elements or set up the CDN page (see side-effect-modules.mjs). */
export declare const SIDE_EFFECT_SOURCE: RegExp;
