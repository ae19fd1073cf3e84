import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReactiveController } from 'lit';
import { RoutineMemoryController } from '../../../src/elements/stretch-routine/routine-memory-controller.js';
import { MEMORY_KEY, resumeIsExpired, safetyIsFresh } from '../../../src/elements/stretch-routine/routine-memory.js';
import { Warner } from '../../../src/internal/warn.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: sinon.spy((key: string) => data.get(key) ?? null),
    setItem: sinon.spy((key: string, value: string) => void data.set(key, value)),
    removeItem: sinon.spy((key: string) => void data.delete(key)),
  };
}

function fakeHost(remember: boolean, storage = memoryStorage()) {
  const controllers: ReactiveController[] = [];
  return {
    remember,
    storage,
    updates: 0,
    controllers,
    addController(controller: ReactiveController) {
      controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
}

const day = (date: number, hour = 9) => new Date(2026, 10, date, hour, 0);

describe('RoutineMemoryController', () => {
  it('adds itself to its host', () => {
    const host = fakeHost(true);
    const memory = new RoutineMemoryController(host, new Warner('test-el'));
    expect(host.controllers).to.deep.equal([memory]);
  });

  it('without remember: reads and writes nothing, streak 0, no resume point', () => {
    const host = fakeHost(false);
    const memory = new RoutineMemoryController(host, new Warner('test-el'));
    memory.restore(day(28));
    memory.recordStep('a b', 1, day(28));
    memory.recordFinish(day(28));
    memory.clearResume();
    expect(memory.streak).to.equal(0);
    expect(memory.resumeStep('a b', 2)).to.equal(undefined);
    expect(host.storage.getItem.called || host.storage.setItem.called || host.storage.removeItem.called).to.equal(false);
  });

  it('keeps a resume point per routine and clamps it to the routine', () => {
    const host = fakeHost(true);
    const memory = new RoutineMemoryController(host, new Warner('test-el'));
    memory.recordStep('a b c', 2, day(28));
    expect(memory.resumeStep('a b c', 3, day(28))).to.equal(2);
    expect(memory.resumeStep('a b c', 2, day(28))).to.equal(1);
    expect(memory.resumeStep('other', 3, day(28))).to.equal(undefined);
    expect(memory.resumeStep('a b c', 0, day(28))).to.equal(undefined);
    memory.clearResume();
    expect(memory.resumeStep('a b c', 3, day(28))).to.equal(undefined);
  });

  it('counts a streak over days in a row, re-renders the host when it changes, and drops the resume point', () => {
    const host = fakeHost(true);
    const memory = new RoutineMemoryController(host, new Warner('test-el'));
    memory.recordStep('a', 0, day(27));
    memory.recordFinish(day(27));
    expect(memory.streak).to.equal(1);
    expect(host.updates).to.equal(1);
    expect(memory.resumeStep('a', 1)).to.equal(undefined);
    memory.recordFinish(day(27, 18));
    expect(memory.streak).to.equal(1);
    expect(host.updates).to.equal(1);
    memory.recordFinish(day(28));
    expect(memory.streak).to.equal(2);
    expect(JSON.parse(host.storage.data.get(MEMORY_KEY)!)).to.deep.equal({ v: 1, lastFinished: '2026-11-28', streak: 2 });
  });

  it('restore reads the streak as it stands today: a lapsed streak is 0', () => {
    const storage = memoryStorage({ [MEMORY_KEY]: JSON.stringify({ v: 1, lastFinished: '2026-11-27', streak: 4 }) });
    const today = new RoutineMemoryController(fakeHost(true, storage), new Warner('test-el'));
    today.restore(day(28));
    expect(today.streak).to.equal(4);
    const later = new RoutineMemoryController(fakeHost(true, storage), new Warner('test-el'));
    later.restore(day(30));
    expect(later.streak).to.equal(0);
  });

  it('forget removes everything and resets the streak', () => {
    const host = fakeHost(true);
    const memory = new RoutineMemoryController(host, new Warner('test-el'));
    memory.recordFinish(day(28));
    memory.forget();
    expect(memory.streak).to.equal(0);
    expect(host.storage.data.has(MEMORY_KEY)).to.equal(false);
  });

  it('storage that throws: nothing is remembered and nothing throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const host = { ...fakeHost(true), storage: throwing };
    const memory = new RoutineMemoryController(host, new Warner('test-el'));
    memory.restore(day(28));
    memory.recordStep('a', 0, day(28));
    memory.recordFinish(day(28));
    expect(memory.resumeStep('a', 1)).to.equal(undefined);
    memory.forget();
    expect(memory.streak).to.equal(0);
  });

  it('safety confirmation: fresh on the same day up to 12 hours; stale on another day, after 12 hours, or unreadable', () => {
    expect(safetyIsFresh(day(28, 8).toISOString(), day(28, 20))).to.equal(true); // exactly 12 h
    expect(safetyIsFresh(day(28, 7).toISOString(), day(28, 20))).to.equal(false); // 13 h
    expect(safetyIsFresh(day(27, 22).toISOString(), day(28, 7))).to.equal(false); // 9 h, but yesterday
    expect(safetyIsFresh(undefined, day(28))).to.equal(false);
    expect(safetyIsFresh('not a date', day(28))).to.equal(false);
    expect(safetyIsFresh(day(28, 10).toISOString(), day(28, 9))).to.equal(false); // in the future
  });

  it('resume point: expires after 24 hours (or when its time is unreadable)', () => {
    expect(resumeIsExpired(day(27, 9).toISOString(), day(28, 9))).to.equal(false); // exactly 24 h
    expect(resumeIsExpired(day(27, 8).toISOString(), day(28, 9))).to.equal(true); // 25 h
    expect(resumeIsExpired('garbage', day(28))).to.equal(true);
  });

  it('restore drops a resume point over 24 hours old and says so once; the safety time is kept across a finish', () => {
    const host = fakeHost(true);
    const memory = new RoutineMemoryController(host, new Warner('test-el'));
    memory.recordSafety(day(27, 8));
    memory.recordStep('a b', 1, day(27, 8));
    memory.recordFinish(day(27, 9));
    expect(JSON.parse(host.storage.data.get(MEMORY_KEY)!).safetyAt).to.equal(day(27, 8).toISOString());
    memory.recordStep('a b', 1, day(27, 8));
    expect(memory.safetyFresh(day(27, 19))).to.equal(true);
    expect(memory.safetyFresh(day(27, 21))).to.equal(false);
    memory.restore(day(28, 9));
    expect(memory.expired).to.equal(true);
    expect(memory.resumeStep('a b', 2, day(28, 9))).to.equal(undefined);
    memory.clearExpired();
    expect(memory.expired).to.equal(false);
    const off = new RoutineMemoryController(fakeHost(false), new Warner('test-el'));
    off.recordSafety(day(28));
    expect(off.safetyFresh(day(28))).to.equal(false);
  });
});
