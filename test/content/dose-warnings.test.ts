import { expect } from '@open-wc/testing';
import { DOSE_WARN_ABOVE, unusualDoseMessage, warnUnusualDose } from '../../src/content/dose.js';
import { Warner } from '../../src/internal/warn.js';
import { stretches } from '../../src/content/stretches.js';
import sinon from 'sinon';

describe('unusual doses', () => {
  afterEach(() => sinon.restore());

  it('the usual maxima are 120 s hold, 30 reps, 300 s rest', () => {
    expect(DOSE_WARN_ABOVE).to.deep.equal({ hold: 120, reps: 30, rest: 300 });
  });

  it('more than twice the catalog range, or above the maxima, gives a message with attribute, value and range', () => {
    const k2c = stretches['knee-to-chest'].dose;
    expect(unusualDoseMessage('hold', 'hold', 60, k2c.hold)).to.equal(undefined);
    expect(unusualDoseMessage('hold', 'hold', 61, k2c.hold)).to.contain('hold="61"').and.contain('15-30 s');
    expect(unusualDoseMessage('hold', 'hold', 121)).to.contain('above the usual maximum of 120 s').and.contain('no catalog range');
    expect(unusualDoseMessage('hold', 'hold', 120)).to.equal(undefined);
    expect(unusualDoseMessage('reps', 'reps', { min: 2, max: 7 }, k2c.reps)).to.contain('reps="2-7"').and.contain('2-3');
    expect(unusualDoseMessage('reps', 'reps', 31)).to.contain('30');
    expect(unusualDoseMessage('rest', 'rest', 301)).to.contain('300 s');
    // A catalog rest of 0 (head rolls) has no relative check.
    expect(unusualDoseMessage('rest', 'rest', 30, 0)).to.equal(undefined);
  });

  it('warnUnusualDose checks only the values the clinic set, and warns once per message', () => {
    const stub = sinon.stub(console, 'warn');
    const warner = new Warner('stretch-routine');
    const catalog = stretches['bird-dog'].dose;
    const dose = { ...catalog, hold: { min: 20, max: 20 } };
    expect(warnUnusualDose(dose, catalog, {}, warner)).to.deep.equal([]);
    expect(warnUnusualDose(dose, catalog, { hold: '20' }, warner)).to.have.length(1);
    warnUnusualDose(dose, catalog, { hold: '20' }, warner);
    expect(stub.callCount).to.equal(1);
    expect(String(stub.firstCall.args[0])).to.contain('<stretch-routine> hold="20"');
  });
});
