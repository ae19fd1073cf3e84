import { msg, str } from '../localization/lit-localize.js';
import type { Phase, Side } from './plan.js';
import { formatNumber } from '../localization/format.js';

export function sideName(side: Side): string {
  return side === 'right' ? msg('right side', { id: 'timer.side.right' }) : msg('left side', { id: 'timer.side.left' });
}

/** The phase name shown above the countdown: "Get ready", "Hold — right side", "Switch sides", "Rest", "Done". */
export function phaseLabel(phase: Phase): string {
  switch (phase.kind) {
    case 'get-ready':
      return msg('Get ready', { id: 'timer.phase.get-ready' });
    case 'hold':
      return phase.side
        ? msg(str`Hold — ${sideName(phase.side)}`, { id: 'timer.phase.hold-side' })
        : msg('Hold', { id: 'timer.phase.hold' });
    case 'switch-sides':
      return msg('Switch sides', { id: 'timer.phase.switch-sides' });
    case 'rest':
      return msg('Rest', { id: 'timer.phase.rest' });
    case 'done':
      return msg('Done', { id: 'timer.phase.done' });
  }
}

/** One short sentence for the live region and the spoken cue when a phase starts. */
export function phaseAnnouncement(phase: Phase): string {
  switch (phase.kind) {
    case 'get-ready':
      return phase.side
        ? msg(str`Get ready. Start with your ${sideName(phase.side)}.`, { id: 'timer.say.get-ready-side' })
        : msg('Get ready.', { id: 'timer.say.get-ready' });
    case 'hold':
      return phase.side
        ? msg(str`Hold, ${sideName(phase.side)}.`, { id: 'timer.say.hold-side' })
        : msg('Hold.', { id: 'timer.say.hold' });
    case 'switch-sides':
      return phase.side
        ? msg(str`Switch sides. Next: ${sideName(phase.side)}.`, { id: 'timer.say.switch-sides' })
        : msg('Switch sides.', { id: 'timer.say.switch-sides-plain' });
    case 'rest':
      return msg('Rest.', { id: 'timer.say.rest' });
    case 'done':
      return msg('Done. Well done!', { id: 'timer.say.done' });
  }
}

export function tenSecondsLeft(): string {
  return msg('10 seconds left.', { id: 'timer.say.ten-seconds' });
}

export function repLabel(rep: number, reps: number): string {
  const current = formatNumber(rep);
  const total = formatNumber(reps);
  return msg(str`Round ${current} of ${total}`, { id: 'timer.round' });
}
