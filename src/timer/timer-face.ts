import { css, html, nothing } from 'lit';
import { msg } from '../localization/lit-localize.js';
import type { ClockStatus } from './clock.js';
import type { Phase } from './plan.js';
import { formatClock } from '../localization/format.js';

const RING_RADIUS = 54;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

export interface TimerFaceState {
  phase: Phase;
  status: ClockStatus;
  /** The phase name shown above the number. */
  label: string;
  remainingSeconds: number;
  /** 0 at the start of the phase, 1 at its end. */
  progress: number;
  /** Small lines under the number ("Round 1 of 2", "aim for 15–30 s"). */
  detail?: readonly string[];
}

/**
 * The ring, phase name and big number shared by `<stretch-timer>` and `<stretch-routine>`. The
 * number is a silent `role="timer"`; milestones are announced elsewhere through a status region.
 */
export function renderTimerFace(state: TimerFaceState) {
  const progress = state.status === 'idle' ? 0 : state.progress;
  return html`
    <div class="face">
      <svg part="ring" class="ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle class="ring-track" cx="60" cy="60" r=${RING_RADIUS}></circle>
        <circle
          class="ring-progress"
          cx="60"
          cy="60"
          r=${RING_RADIUS}
          stroke-dasharray=${RING_LENGTH}
          stroke-dashoffset=${RING_LENGTH * (1 - progress)}
        ></circle>
      </svg>
      <div class="readout">
        <span part="phase" class="phase-name" id="phase-name">${state.label}</span>
        <span part="time" class="time" role="timer" aria-labelledby="phase-name time-value"
          ><span id="time-value">${state.phase.kind === 'done' ? '✓' : formatClock(state.remainingSeconds)}</span></span
        >
        ${state.detail?.length
          ? html`<span part="detail" class="detail">${state.detail.map((line) => html`<span>${line}</span>`)}</span>`
          : nothing}
      </div>
    </div>
  `;
}

/** The label of a Start/Pause/Resume toggle for a clock status. */
export function startButtonLabel(status: ClockStatus): string {
  switch (status) {
    case 'running':
      return msg('Pause', { id: 'timer.button.pause' });
    case 'paused':
      return msg('Resume', { id: 'timer.button.resume' });
    case 'done':
      return msg('Start again', { id: 'timer.button.again' });
    default:
      return msg('Start', { id: 'timer.button.start' });
  }
}

export const timerFaceStyles = css`
  .face {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: min(100%, 13em);
    aspect-ratio: 1;
  }
  .ring {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    transform: rotate(-90deg);
  }
  .ring circle {
    fill: none;
    stroke-width: 8;
  }
  .ring-track {
    stroke: var(--_border);
  }
  /* The ring steps once a second with the number; a continuous transition would restyle the SVG
     on every frame for the whole hold (measured by the timer benchmark). */
  .ring-progress {
    stroke: var(--_accent);
    stroke-linecap: round;
  }
  .phase-rest .ring-progress,
  .phase-switch-sides .ring-progress,
  .phase-get-ready .ring-progress {
    stroke: var(--_muted);
  }
  .readout {
    position: relative;
    display: grid;
    justify-items: center;
    gap: 0.125em;
    text-align: center;
    padding: 0.5em;
  }
  .phase-name {
    font-weight: 700;
    font-size: 1.05em;
    max-inline-size: 9em;
  }
  .time {
    font-size: 3.25em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  /* One line per fact ("Round 1 of 2", "aim for 15–30 s"), each kept whole, inside the ring. */
  .detail {
    display: grid;
    justify-items: center;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .detail > span {
    white-space: nowrap;
  }
`;
