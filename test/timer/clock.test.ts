import { expect } from '@open-wc/testing';
import { PhaseClock } from '../../src/timer/clock.js';
import { buildPlan } from '../../src/timer/plan.js';

const plan = buildPlan({ hold: 10, reps: 2, sides: 'none', rest: 5, getReady: 3 });
// get-ready 3 | hold 10 | rest 5 | hold 10 | done  → 28 s

describe('PhaseClock', () => {
  it('derives the remaining time from the deadline, not from ticks', () => {
    const clock = new PhaseClock(plan);
    expect(clock.status).to.equal('idle');
    expect(clock.remaining(0)).to.equal(3000);
    clock.start(1000);
    expect(clock.remaining(1000)).to.equal(3000);
    expect(clock.remaining(3500)).to.equal(500);
    expect(clock.sync(3999)).to.deep.equal([]);
    expect(clock.sync(4000).map((p) => p.kind)).to.deep.equal(['hold']);
    expect(clock.remaining(4000)).to.equal(10000);
  });

  it('enters every missed phase once, in order, after a long jump', () => {
    const clock = new PhaseClock(plan);
    clock.start(0);
    expect(clock.sync(13500).map((p) => p.kind)).to.deep.equal(['hold', 'rest']);
    expect(clock.remaining(13500)).to.equal(4500);
    expect(clock.sync(300000).map((p) => p.kind)).to.deep.equal(['hold', 'done']);
    expect(clock.status).to.equal('done');
    expect(clock.elapsedActive(300000)).to.equal(28000);
    expect(clock.sync(400000)).to.deep.equal([]);
  });

  it('late syncs never stretch the plan: deadlines chain from the previous deadline', () => {
    const clock = new PhaseClock(plan);
    clock.start(0);
    clock.sync(3700); // 700 ms late
    expect(clock.remaining(3700)).to.equal(9300);
  });

  it('pauses and resumes without losing or gaining time', () => {
    const clock = new PhaseClock(plan);
    clock.start(0);
    clock.sync(5000);
    clock.pause(5000);
    expect(clock.status).to.equal('paused');
    expect(clock.remaining(60000)).to.equal(8000);
    expect(clock.sync(60000)).to.deep.equal([]);
    clock.start(60000);
    expect(clock.remaining(61000)).to.equal(7000);
    expect(clock.elapsedActive(61000)).to.equal(6000);
  });

  it('skips forward, goes back, restarts a phase that has run a while, and resets', () => {
    const clock = new PhaseClock(plan);
    clock.start(0);
    expect(clock.next(1000).map((p) => p.kind)).to.deep.equal(['hold']);
    expect(clock.remaining(1000)).to.equal(10000);
    // Back within 2 s of a phase's start goes to the previous phase.
    expect(clock.back(1500).map((p) => p.kind)).to.deep.equal(['get-ready']);
    expect(clock.phaseIndex).to.equal(0);
    clock.next(2000);
    // Back later in a phase restarts it.
    expect(clock.back(7000)).to.deep.equal([]);
    expect(clock.phaseIndex).to.equal(1);
    expect(clock.remaining(7000)).to.equal(10000);
    clock.reset();
    expect(clock.status).to.equal('idle');
    expect(clock.phaseIndex).to.equal(0);
  });

  it('skipping the last phase completes; back from done returns to the last hold', () => {
    const clock = new PhaseClock(plan);
    clock.start(0);
    clock.next(0);
    clock.next(0);
    clock.next(0);
    expect(clock.next(0).map((p) => p.kind)).to.deep.equal(['done']);
    expect(clock.status).to.equal('done');
    expect(clock.back(0).map((p) => p.kind)).to.deep.equal(['hold']);
    expect(clock.status).to.equal('paused');
  });

  it('rejects a plan without a done phase', () => {
    expect(() => new PhaseClock([])).to.throw();
  });
});
