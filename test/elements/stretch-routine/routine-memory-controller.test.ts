import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReactiveController } from 'lit';
import { RoutineMemoryController } from '../../../src/elements/stretch-routine/routine-memory-controller.js';
import { MEMORY_KEY } from '../../../src/elements/stretch-routine/routine-memory.js';
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
});
