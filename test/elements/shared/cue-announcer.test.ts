import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReactiveController } from 'lit';
import { CueAnnouncer } from '../../../src/elements/shared/cue-announcer.js';
import { Warner } from '../../../src/internal/warn.js';
import type { Phase } from '../../../src/timer/plan.js';

function fakeHost(switches: { sound?: string; voice?: string; vibrate?: string } = {}) {
  const controllers: ReactiveController[] = [];
  return {
    ...switches,
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

/** A language that records every text it was asked to make, and wraps it so the test can see it ran. */
function fakeLanguage() {
  const made: string[] = [];
  return {
    made,
    inLocale<T>(fn: () => T): T {
      const value = fn();
      made.push(String(value));
      return `[es] ${String(value)}` as unknown as T;
    },
    tag: () => 'es-ES',
  };
}

const hold: Phase = { kind: 'hold', duration: 30, rep: 1 };

describe('CueAnnouncer', () => {
  let speak: sinon.SinonStub;
  beforeEach(() => {
    class FakeUtterance {
      voice: SpeechSynthesisVoice | null = null;
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    sinon.replace(window, 'SpeechSynthesisUtterance', FakeUtterance as unknown as typeof SpeechSynthesisUtterance);
    sinon.stub(speechSynthesis, 'getVoices').returns([{ lang: 'es-ES', name: 'es' }] as unknown as SpeechSynthesisVoice[]);
    speak = sinon.stub(speechSynthesis, 'speak');
    sinon.stub(speechSynthesis, 'cancel');
  });
  afterEach(() => sinon.restore());

  it('makes every text through the element language and shows it in the live region', () => {
    const host = fakeHost({ sound: 'off', vibrate: 'off', voice: 'on' });
    const language = fakeLanguage();
    const cues = new CueAnnouncer(host, new Warner('test-el'), language);
    expect(host.controllers).to.deep.equal([cues]);
    expect(cues.phase(hold, () => 'Hold.')).to.equal('[es] Hold.');
    expect(cues.announcement).to.equal('[es] Hold.');
    expect(host.updates).to.equal(1);
    expect(cues.say(() => '10 seconds left.')).to.equal('[es] 10 seconds left.');
    expect(language.made).to.deep.equal(['Hold.', '10 seconds left.']);
    expect(speak.getCalls().map((call) => (call.args[0] as SpeechSynthesisUtterance).text)).to.deep.equal([
      '[es] Hold.',
      '[es] 10 seconds left.',
    ]);
    cues.clear();
    expect(cues.announcement).to.equal('');
  });

  it('mute silences the voice (the live region still updates) and re-renders the host', () => {
    const host = fakeHost({ sound: 'off', vibrate: 'off', voice: 'on' });
    const cues = new CueAnnouncer(host, new Warner('test-el'), fakeLanguage());
    cues.muted = true;
    expect(host.updates).to.equal(1);
    cues.say(() => 'Switch sides.');
    expect(speak.called).to.equal(false);
    expect(cues.announcement).to.equal('[es] Switch sides.');
    expect(cues.settings.muted).to.equal(true);
  });

  it('reads the switches (voice off by default) and warns once about a bad value', () => {
    const warn = sinon.stub(console, 'warn');
    const cues = new CueAnnouncer(fakeHost({ sound: 'loud' }), new Warner('test-el'), fakeLanguage());
    expect(cues.settings).to.include({ sound: true, voice: false, vibrate: true, lang: 'es-ES' });
    void cues.settings;
    expect(warn.callCount).to.equal(1);
    cues.say(() => 'Done.');
    expect(speak.called).to.equal(false);
  });

  it('stops speech when the element disconnects', () => {
    const host = fakeHost({ sound: 'off', vibrate: 'off', voice: 'on' });
    const cues = new CueAnnouncer(host, new Warner('test-el'), fakeLanguage());
    cues.say(() => 'Hold.');
    cues.hostDisconnected();
    expect((speechSynthesis.cancel as sinon.SinonStub).called).to.equal(true);
  });
});
