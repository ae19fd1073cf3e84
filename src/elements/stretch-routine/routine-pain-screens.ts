import type { HeadingLevel } from '../../internal/attributes.js';
import type { ContactLink } from '../shared/contact.js';
import type { RoutineScreen, RoutineScreenEvent } from './routine-screens.js';
import type { RoutinePainController } from './routine-pain.js';
import type { RoutineSession } from './routine-session.js';
import * as screens from './screens/index.js';

/** What the pain screens need from the element. */
export interface PainScreensContext {
  level: HeadingLevel;
  screen: RoutineScreen;
  pain: RoutinePainController;
  /** The session (the stretch on show, for a score during it). */
  session: RoutineSession;
  contact: () => ContactLink | undefined;
  emergencyNumber: string | undefined;
  /** Moves on (routine-screens.ts decides where). */
  go: (event: RoutineScreenEvent) => void;
}

/** The pain check's screens (before, severe pain, "It hurts" now, go gently, after, stop advice); undefined for the others. */
export function renderPainScreens(context: PainScreensContext) {
  const { level, pain, go, session } = context;
  switch (context.screen) {
    case 'pain-before':
    case 'pain-after':
    case 'pain-now': {
      const when = context.screen === 'pain-before' ? 'before' : context.screen === 'pain-after' ? 'after' : 'now';
      return screens.renderPainCheckScreen({
        level,
        when,
        value: pain[when],
        onChange: (score) => pain.set(when, score),
        onNext: () => {
          if (when === 'now') pain.recordNow(session.stepIndex);
          go('pain-scored');
        },
      });
    }
    case 'severe-pain':
      return screens.renderSeverePainScreen({
        level,
        contact: context.contact(),
        emergencyNumber: context.emergencyNumber,
        onNotToday: () => go('not-today'),
        onContinue: () => go('continue-anyway'),
      });
    case 'pain-ease':
      return screens.renderPainEaseScreen({
        level,
        stepTitle: screens.stepTitle(session.steps, session.stepIndex),
        onGoOn: () => go('go-on'),
        onSkip: () => go('skip-stretch'),
        onStop: () => go('end-session'),
      });
    case 'pain-advice':
      return screens.renderStopAdviceScreen({
        level,
        reason: pain.after === undefined && pain.nowStop ? 'pain-now' : 'pain',
        contact: context.contact(),
        emergencyNumber: context.emergencyNumber,
        onNext: () => go('see-summary'),
      });
    default:
      return undefined;
  }
}
