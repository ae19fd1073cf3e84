import { expect } from '@open-wc/testing';
import {
  ROUTINE_SCREENS,
  TRANSITIONS,
  endsSession,
  nextScreen,
  resumesSession,
  startsSession,
  type RoutineScreen,
  type RoutineScreenEvent,
  type ScreenContext,
} from '../../../src/elements/stretch-routine/routine-screens.js';

const plain: ScreenContext = { painCheck: false, hasResumePoint: false, painWorse: false, painSevere: false, painNowStop: false, safetyFresh: true };
const withPain: ScreenContext = { ...plain, painCheck: true };

const EVENTS: RoutineScreenEvent[] = [
  'memory-restored',
  'resume-continue',
  'resume-restart',
  'safety-clear',
  'safety-signs',
  'back-to-safety',
  'start',
  'pain-scored',
  'continue-anyway',
  'not-today',
  'hurts',
  'go-on',
  'skip-stretch',
  'end-session',
  'session-done',
  'see-summary',
  'again',
  'plan-changed',
];

describe('routine-screens (pure transitions)', () => {
  it('has a row for every screen', () => {
    expect(Object.keys(TRANSITIONS).sort()).to.deep.equal([...ROUTINE_SCREENS].sort());
  });

  it('resume: continue starts the session, restart goes to the safety check', () => {
    expect(nextScreen('resume', 'resume-continue', plain)).to.equal('session');
    expect(nextScreen('resume', 'resume-restart', plain)).to.equal('safety');
  });

  it('safety: memory with a resume point shows the resume prompt (guard: hasResumePoint)', () => {
    expect(nextScreen('safety', 'memory-restored', { ...plain, hasResumePoint: true })).to.equal('resume');
    expect(nextScreen('safety', 'memory-restored', plain)).to.equal('safety');
  });

  it('safety: a resume point skips the safety check only while the last confirmation is fresh (guard: safetyFresh)', () => {
    const stale = { ...plain, hasResumePoint: true, safetyFresh: false };
    expect(nextScreen('safety', 'memory-restored', stale)).to.equal('safety');
    // After the check is confirmed again, the resume prompt follows.
    expect(nextScreen('safety', 'safety-clear', stale)).to.equal('resume');
  });

  it('safety: no signs goes to the start screen, a sign to the stop advice', () => {
    expect(nextScreen('safety', 'safety-clear', plain)).to.equal('start');
    expect(nextScreen('safety', 'safety-signs', plain)).to.equal('stop-advice');
  });

  it('stop-advice: back to the safety check only', () => {
    expect(nextScreen('stop-advice', 'back-to-safety', plain)).to.equal('safety');
    expect(nextScreen('stop-advice', 'start', plain)).to.equal('stop-advice');
    expect(nextScreen('stop-advice', 'safety-clear', plain)).to.equal('stop-advice');
  });

  it('start: goes to the pain check first only with pain-check (guard: painCheck)', () => {
    expect(nextScreen('start', 'start', plain)).to.equal('session');
    expect(nextScreen('start', 'start', withPain)).to.equal('pain-before');
  });

  it('pain-before: a score (or skip) starts the session; a severe score shows the severe-pain screen (guard: painSevere)', () => {
    expect(nextScreen('pain-before', 'pain-scored', withPain)).to.equal('session');
    expect(nextScreen('pain-before', 'pain-scored', { ...withPain, painSevere: true })).to.equal('severe-pain');
  });

  it('severe-pain: going on takes the explicit "continue gently" choice; "not today" goes back to the start screen', () => {
    expect(nextScreen('severe-pain', 'continue-anyway', withPain)).to.equal('session');
    expect(nextScreen('severe-pain', 'not-today', withPain)).to.equal('start');
    expect(nextScreen('severe-pain', 'pain-scored', withPain)).to.equal('severe-pain');
    expect(nextScreen('severe-pain', 'start', withPain)).to.equal('severe-pain');
  });

  it('session: "It hurts" asks for a score now', () => {
    expect(nextScreen('session', 'hurts', withPain)).to.equal('pain-now');
    expect(nextScreen('start', 'hurts', withPain)).to.equal('start');
  });

  it('pain-now: a stopping score shows the stop advice (guard: painNowStop), a lower one the go-gently choice', () => {
    expect(nextScreen('pain-now', 'pain-scored', { ...withPain, painNowStop: true })).to.equal('pain-advice');
    expect(nextScreen('pain-now', 'pain-scored', withPain)).to.equal('pain-ease');
  });

  it('pain-ease: go on gently or skip the stretch resume the session; stop goes to the summary', () => {
    expect(nextScreen('pain-ease', 'go-on', withPain)).to.equal('session');
    expect(nextScreen('pain-ease', 'skip-stretch', withPain)).to.equal('session');
    expect(nextScreen('pain-ease', 'end-session', withPain)).to.equal('summary');
  });

  it('session: done goes to the after-check with pain-check, else the summary; a new plan goes back to start', () => {
    expect(nextScreen('session', 'session-done', plain)).to.equal('summary');
    expect(nextScreen('session', 'session-done', withPain)).to.equal('pain-after');
    expect(nextScreen('session', 'plan-changed', plain)).to.equal('start');
  });

  it('pain-after: worse pain goes to the pain advice, else the summary (guard: painWorse)', () => {
    expect(nextScreen('pain-after', 'pain-scored', { ...withPain, painWorse: true })).to.equal('pain-advice');
    expect(nextScreen('pain-after', 'pain-scored', withPain)).to.equal('summary');
  });

  it('pain-advice: on to the summary', () => {
    expect(nextScreen('pain-advice', 'see-summary', withPain)).to.equal('summary');
  });

  it('summary: do it again goes to the start screen', () => {
    expect(nextScreen('summary', 'again', plain)).to.equal('start');
  });

  it('a screen ignores every event it has no row for', () => {
    for (const screen of ROUTINE_SCREENS) {
      for (const event of EVENTS) {
        if (TRANSITIONS[screen][event] !== undefined) continue;
        expect(nextScreen(screen, event, withPain), `${screen} + ${event}`).to.equal(screen);
      }
    }
  });

  it('plan-changed moves only a running session', () => {
    const moved = ROUTINE_SCREENS.filter((screen) => nextScreen(screen, 'plan-changed', plain) !== screen);
    expect(moved).to.deep.equal(['session', 'pain-now', 'pain-ease']);
  });

  it('the resume prompt appears only from the safety check, never in the middle of a routine', () => {
    const from = ROUTINE_SCREENS.filter(
      (screen) => screen !== 'resume' && nextScreen(screen, 'memory-restored', { ...plain, hasResumePoint: true }) === 'resume'
    );
    expect(from).to.deep.equal(['safety']);
  });

  it('every screen is reachable from the safety check', () => {
    const seen = new Set<RoutineScreen>(['safety']);
    const contexts: ScreenContext[] = [
      plain,
      withPain,
      { ...withPain, painWorse: true },
      { ...withPain, painSevere: true },
      { ...withPain, painNowStop: true },
      { ...plain, hasResumePoint: true },
    ];
    for (let round = 0; round < ROUTINE_SCREENS.length; round++) {
      for (const screen of [...seen]) {
        for (const event of EVENTS) for (const context of contexts) seen.add(nextScreen(screen, event, context));
      }
    }
    expect([...seen].sort()).to.deep.equal([...ROUTINE_SCREENS].sort());
  });

  it('startsSession and endsSession mark where the element starts and records a session', () => {
    expect(startsSession('start', 'session')).to.equal(true);
    expect(startsSession('pain-before', 'session')).to.equal(true);
    expect(startsSession('resume', 'session')).to.equal(true);
    expect(startsSession('session', 'session')).to.equal(false);
    expect(startsSession('start', 'pain-before')).to.equal(false);
    expect(endsSession('session', 'summary')).to.equal(true);
    expect(endsSession('pain-after', 'summary')).to.equal(true);
    expect(endsSession('pain-after', 'pain-advice')).to.equal(true);
    expect(endsSession('session', 'pain-after')).to.equal(false);
    expect(endsSession('session', 'start')).to.equal(false);
    expect(endsSession('pain-advice', 'summary')).to.equal(false);
    // "It hurts" pauses, then resumes the same session: no new start, no end.
    expect(startsSession('pain-ease', 'session')).to.equal(false);
    expect(startsSession('severe-pain', 'session')).to.equal(true);
    expect(startsSession('start', 'severe-pain')).to.equal(false);
    expect(resumesSession('pain-ease', 'session')).to.equal(true);
    expect(resumesSession('start', 'session')).to.equal(false);
    expect(endsSession('pain-now', 'pain-advice')).to.equal(true);
    expect(endsSession('pain-ease', 'summary')).to.equal(true);
    expect(endsSession('session', 'pain-now')).to.equal(false);
  });
});
