import { expect } from '@open-wc/testing';
import { buildPlan, planSeconds, type Phase } from '../../src/timer/plan.js';

const short = (plan: Phase[]) => plan.map((p) => `${p.kind}${p.side ? `:${p.side}` : ''}#${p.rep}/${p.duration}`);

describe('buildPlan', () => {
  it('knee to chest: get ready, right, switch, left, rest between rounds, done', () => {
    const plan = buildPlan({ hold: 30, reps: 2, sides: 'each', rest: 5, getReady: 3 });
    expect(short(plan)).to.deep.equal([
      'get-ready:right#1/3',
      'hold:right#1/30',
      'switch-sides:left#1/3',
      'hold:left#1/30',
      'rest:right#2/5',
      'hold:right#2/30',
      'switch-sides:left#2/3',
      'hold:left#2/30',
      'done#2/0',
    ]);
    expect(planSeconds(plan)).to.equal(134);
  });

  it('head rolls without rest: a switch between every side change', () => {
    const plan = buildPlan({ hold: 5, reps: 2, sides: 'each', rest: 0, getReady: 3 });
    expect(short(plan)).to.deep.equal([
      'get-ready:right#1/3',
      'hold:right#1/5',
      'switch-sides:left#1/3',
      'hold:left#1/5',
      'switch-sides:right#2/3',
      'hold:right#2/5',
      'switch-sides:left#2/3',
      'hold:left#2/5',
      'done#2/0',
    ]);
  });

  it('one-sided stretches: holds and rests only, no get-ready when it is 0', () => {
    const plan = buildPlan({ hold: 5, reps: 3, sides: 'none', rest: 3, getReady: 0 });
    expect(short(plan)).to.deep.equal(['hold#1/5', 'rest#2/3', 'hold#2/5', 'rest#3/3', 'hold#3/5', 'done#3/0']);
    expect(planSeconds(plan)).to.equal(21);
  });

  it('a single hold', () => {
    expect(short(buildPlan({ hold: 60, reps: 1, sides: 'none', rest: 10, getReady: 0 }))).to.deep.equal([
      'hold#1/60',
      'done#1/0',
    ]);
  });
});
