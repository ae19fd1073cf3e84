import type { Phase } from '../plan.js';
import type { Warner } from '../../internal/warn.js';
import { parseSwitch } from '../../internal/attributes.js';
import { BeepCue } from './beep.js';
import { SpeechCue } from './speech.js';
import { vibrate } from './vibration.js';

export interface CueSettings {
  sound: boolean;
  voice: boolean;
  vibrate: boolean;
  muted: boolean;
  lang: string;
}

/** The `sound`, `voice` and `vibrate` switches an element exposes, read into cue settings. */
export function readCueSwitches(
  element: { sound?: unknown; voice?: unknown; vibrate?: unknown },
  warner: Warner,
  muted: boolean,
  lang: string
): CueSettings {
  return {
    sound: parseSwitch(element.sound, 'sound', true, warner),
    voice: parseSwitch(element.voice, 'voice', false, warner),
    vibrate: parseSwitch(element.vibrate, 'vibrate', true, warner),
    muted,
    lang,
  };
}

/** Plays the sound, voice and vibration cues for timer milestones, each only when switched on. */
export class CuePlayer {
  readonly #beeps = new BeepCue();
  readonly #speech = new SpeechCue();

  constructor(private readonly settings: () => CueSettings) {}

  /** Call from the Start click: audio may only begin from a user gesture. */
  prime(): void {
    const settings = this.settings();
    if (settings.sound && !settings.muted) this.#beeps.prime();
  }

  phase(phase: Phase, sentence: string): void {
    const settings = this.settings();
    if (settings.muted) return;
    if (settings.sound) {
      if (phase.kind === 'hold') this.#beeps.beep('go');
      else if (phase.kind === 'done') this.#beeps.beep('done');
      else if (phase.kind !== 'get-ready') this.#beeps.beep('stop');
    }
    if (settings.vibrate && phase.kind !== 'get-ready') vibrate(phase.kind === 'done' ? [200, 100, 200] : 200);
    if (settings.voice) this.#speech.speak(sentence, settings.lang);
  }

  say(sentence: string): void {
    const settings = this.settings();
    if (settings.voice && !settings.muted) this.#speech.speak(sentence, settings.lang);
  }

  /** Stops speech and closes audio. */
  dispose(): void {
    this.#speech.cancel();
    this.#beeps.dispose();
  }
}
