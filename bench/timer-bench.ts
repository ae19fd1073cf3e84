// Page side of `npm run bench:timer` (see bench/README.md). Bundled by scripts/bench-timer.mjs.
import '../src/elements/stretch-timer/define.js';
import type { StretchTimer } from '../src/elements/stretch-timer/stretch-timer.js';

const HOLD_MS = 60_000;

export interface DriftResult {
  /** performance.now() just before each timer was started (all in one task). */
  start: { ours: number; naive: number; interval: number };
  /** performance.now() when each timer reported completion. */
  done: { ours: number; naive: number; interval: number };
  /** The element's own `timer-complete` detail. */
  detail: { plannedMs: number; actualMs: number };
  /** [start, end] of every busy-wait block, in order. */
  blocks: [number, number][];
  visibility: DocumentVisibilityState;
}

/** mulberry32: a tiny seeded PRNG, so every run blocks with the same sequence. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

/** Keeps the main thread busy: a 50–300 ms busy-wait task, a 5–40 ms gap, repeat until stopped. */
function startBlocker(random: () => number) {
  const blocks: [number, number][] = [];
  let stopped = false;
  const block = () => {
    if (stopped) return;
    const start = performance.now();
    busyWait(50 + random() * 250);
    blocks.push([start, performance.now()]);
    setTimeout(block, 5 + random() * 35);
  };
  setTimeout(block, 0);
  return { blocks, stop: () => (stopped = true) };
}

function timer(): StretchTimer {
  return document.querySelector('stretch-timer')!;
}

/** Runs the three 60 s timers side by side under blocking; resolves once all three have completed. */
async function drift(seed: number): Promise<DriftResult> {
  const el = timer();
  await el.updateComplete;
  const random = prng(seed);
  const blocker = startBlocker(random);

  const start = { ours: 0, naive: 0, interval: 0 };
  const done = { ours: 0, naive: 0, interval: 0 };
  let detail = { plannedMs: 0, actualMs: 0 };
  let left = 3;
  let finish!: () => void;
  const allDone = new Promise<void>((resolve) => (finish = resolve));
  const complete = (name: keyof typeof done) => {
    done[name] = performance.now();
    if (--left === 0) finish();
  };

  el.addEventListener('timer-complete', (event) => {
    complete('ours');
    detail = { ...event.detail };
  });

  // Start all three in one task, after the blocker has been going for a while.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  start.ours = performance.now();
  el.start();

  start.naive = performance.now();
  let naiveCount = HOLD_MS / 1000;
  const naiveTick = () => {
    if (--naiveCount === 0) complete('naive');
    else setTimeout(naiveTick, 1000);
  };
  setTimeout(naiveTick, 1000);

  start.interval = performance.now();
  let intervalCount = HOLD_MS / 1000;
  const intervalId = setInterval(() => {
    if (--intervalCount === 0) {
      clearInterval(intervalId);
      complete('interval');
    }
  }, 1000);

  await allDone;
  blocker.stop();
  return { start, done, detail, blocks: blocker.blocks, visibility: document.visibilityState };
}

declare global {
  interface Window {
    timerBench: { drift: typeof drift; start: () => void; status: () => string; visibility: () => string };
  }
}

window.timerBench = {
  drift,
  start: () => timer().start(),
  status: () => timer().status,
  visibility: () => document.visibilityState,
};
