import { css } from 'lit';

/**
 * Styles for the stretch illustrations; add to an element's `static styles`. Colours come only
 * from custom properties the host defines (`--_text`, `--_accent`, `--_muted`, `--_surface`, see
 * internal/base-styles.ts), with `currentColor` as the fallback, so the pictures follow the
 * clinic's theme and the dark theme. No inline styles: a strict CSP needs no `unsafe-inline`.
 *
 * The loop cross-fades the shown pose (`.main`) with the other one (`.alt`); with
 * `prefers-reduced-motion: reduce` only the shown pose is drawn, still.
 */
export const illustrationStyles = css`
  .backcare-illustration {
    --_fig: var(--_text, currentColor);
    --_act: var(--_accent, currentColor);
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  /* Holds the drawing's place while it loads (the CDN build loads the drawings on first use). */
  .backcare-illustration.loading {
    aspect-ratio: 160 / 120;
  }
  .backcare-illustration :is(.l, .t, .fl, .ar) {
    fill: none;
    stroke: var(--_fig);
    stroke-width: 6.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .backcare-illustration .t {
    stroke-width: 11;
  }
  .backcare-illustration .a {
    stroke: var(--_act);
  }
  .backcare-illustration .h {
    fill: var(--_fig);
    stroke: none;
  }
  .backcare-illustration .h.a,
  .backcare-illustration .ah {
    fill: var(--_act);
  }
  .backcare-illustration .b {
    opacity: 0.4;
  }
  .backcare-illustration .fl {
    stroke: var(--_muted, currentColor);
    stroke-width: 2;
  }
  .backcare-illustration .ar {
    stroke: var(--_act);
    stroke-width: 2;
    stroke-dasharray: 3 3.5;
  }
  /* Head rolls is seen from the front: a simple face shows which way the person faces. */
  .backcare-illustration .face-eye {
    fill: var(--_surface, #fff);
  }
  .backcare-illustration .face-mouth {
    fill: none;
    stroke: var(--_surface, #fff);
    stroke-width: 1.3;
    stroke-linecap: round;
  }
  .backcare-illustration .alt {
    display: none;
  }
  .backcare-illustration.animate .pose {
    animation: backcare-pose-main 4s ease-in-out infinite;
  }
  .backcare-illustration.animate .alt {
    display: inline;
    animation-name: backcare-pose-alt;
  }
  @keyframes backcare-pose-main {
    0%,
    40%,
    100% {
      opacity: 1;
    }
    50%,
    90% {
      opacity: 0;
    }
  }
  @keyframes backcare-pose-alt {
    0%,
    40%,
    100% {
      opacity: 0;
    }
    50%,
    90% {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .backcare-illustration.animate .pose {
      animation: none;
    }
    .backcare-illustration.animate .alt {
      display: none;
    }
  }
`;
