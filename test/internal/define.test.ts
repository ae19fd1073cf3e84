import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';

describe('defineElement', () => {
  afterEach(() => sinon.restore());

  it('defines a tag once and ignores a second define of the same version silently', () => {
    const warn = sinon.stub(console, 'warn');
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    expect(() => {
      defineElement('backcare-test-same', First);
      defineElement('backcare-test-same', Second);
    }).not.to.throw();
    expect(customElements.get('backcare-test-same')).to.equal(First);
    expect(warn.callCount).to.equal(0);
  });

  it('warns once when another script already defined the tag', () => {
    const warn = sinon.stub(console, 'warn');
    class Foreign extends HTMLElement {}
    customElements.define('backcare-test-foreign', Foreign);
    class Ours extends HTMLElement {}
    defineElement('backcare-test-foreign', Ours);
    defineElement('backcare-test-foreign', Ours);
    expect(customElements.get('backcare-test-foreign')).to.equal(Foreign);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('<backcare-test-foreign> is already defined');
  });

  it('warns when a different version defined the tag', () => {
    const warn = sinon.stub(console, 'warn');
    class Older extends HTMLElement {}
    (Older as unknown as Record<symbol, string>)[Symbol.for('backcare-elements.version')] = '0.0.1';
    customElements.define('backcare-test-older', Older);
    defineElement('backcare-test-older', class extends HTMLElement {});
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('version 0.0.1').and.contain(VERSION);
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
