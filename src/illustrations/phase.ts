import type { ClockStatus } from '../timer/clock.js';
import type { Phase } from '../timer/plan.js';
import type { PictureSide, Pose } from './types.js';

/** Which picture goes with a timer's state. */
export interface TimerPicture {
  pose: Pose;
  side: PictureSide | undefined;
  /** Loop between the poses: only while the timer runs, and never during a hold (a hold is still). */
  animate: boolean;
}

/**
 * The picture for a timer's status and phase: idle → start pose, first side; get ready, switch
 * sides and rest → start pose for the side coming up; hold → end pose for the side held; done →
 * end pose of the last side. The loop runs only while the timer runs, between holds, so it shows
 * the movement coming up and never suggests bouncing during a hold.
 */
export function pictureForTimer(status: ClockStatus, phase: Phase, plan: readonly Phase[]): TimerPicture {
  if (status === 'idle') return { pose: 'start', side: plan.find((p) => p.side)?.side, animate: false };
  switch (phase.kind) {
    case 'hold':
      return { pose: 'end', side: phase.side, animate: false };
    case 'done':
      return { pose: 'end', side: [...plan].reverse().find((p) => p.side)?.side, animate: false };
    default:
      return { pose: 'start', side: phase.side, animate: status === 'running' };
  }
}
