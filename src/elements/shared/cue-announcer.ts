import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Phase } from '../../timer/plan.js';
import { CuePlayer, readCueSwitches, type CueSettings } from '../../timer/cues/cue-player.js';
import type { Warner } from '../../internal/warn.js';
import type { ElementLanguage } from '../../internal/backcare-element.js';

/**
 * Text made outside an update. It is a function, never a ready string: the announcer calls it in
 * the host element's language, so an announcement cannot come out in the page's language by
 * mistake (a plain `msg()` call outside an update answers in the page's language).
 */
export type LocalText = () => string;

/** What the cue-and-announcement controller needs from its element. */
export interface CueAnnouncerHost extends ReactiveControllerHost {
  readonly sound?: unknown;
  readonly voice?: unknown;
  readonly vibrate?: unknown;
}


/**
 * The milestone announcements of a timer, shared by `<stretch-timer>` and `<stretch-routine>`:
 * the polite live region's text, and the matching beep, vibration and spoken sentence, all
 * respecting `sound`, `voice`, `vibrate` and the Mute button. Every sentence is a `LocalText`,
 * composed in the element's language. Stops speech and closes audio when the element disconnects.
 */
export class CueAnnouncer implements ReactiveController {
  readonly #host: CueAnnouncerHost;
  readonly #warner: Warner;
  readonly #language: ElementLanguage;
  readonly #player: CuePlayer;
  #announcement = '';
  #muted = false;

  constructor(host: CueAnnouncerHost, warner: Warner, language: ElementLanguage) {
    this.#host = host;
    this.#warner = warner;
    this.#language = language;
    this.#player = new CuePlayer(() => this.settings);
    host.addController(this);
  }

  /** The switches as they stand (each bad value warns once through the element's warner). */
  get settings(): CueSettings {
    return readCueSwitches(this.#host, this.#warner, this.#muted, this.#language.tag());
  }

  /** The live region's current text. */
  get announcement(): string {
    return this.#announcement;
  }

  get muted(): boolean {
    return this.#muted;
  }

  set muted(value: boolean) {
    if (value === this.#muted) return;
    this.#muted = value;
    this.#host.requestUpdate();
  }

  /** Call from the Start click: audio may only begin from a user gesture. */
  prime(): void {
    this.#player.prime();
  }

  /** A phase began: announce `text` and play the phase's beep, vibration and voice. */
  phase(phase: Phase, text: LocalText): string {
    const sentence = this.#language.inLocale(text);
    this.#set(sentence);
    this.#player.phase(phase, sentence);
    return sentence;
  }

  /** Announces and speaks `text` (no beep). */
  say(text: LocalText): string {
    const sentence = this.#language.inLocale(text);
    this.#set(sentence);
    this.#player.say(sentence);
    return sentence;
  }

  /** Empties the live region (say nothing). */
  clear(): void {
    this.#set('');
  }

  /** The polite status region; render it once, anywhere in the element. */
  renderLiveRegion() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>`;
  }

  hostDisconnected(): void {
    this.#player.dispose();
  }

  #set(sentence: string): void {
    if (sentence === this.#announcement) return;
    this.#announcement = sentence;
    this.#host.requestUpdate();
  }
}
