import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageLocalStorage, safeStorage, type SafeStorage, type StorageLike } from '../../internal/safe-storage.js';
import { STRETCH_IDS } from '../../content/types.js';
import { isCatalogStretchRef, type CatalogStretchRef } from '../../content/stretch-view.js';
import type { CustomStretchInput } from '../../content/custom-stretch.js';
import type { Program } from '../../program/types.js';
import { forgetProgram, programOnStart, programStretches, type ProgramNotice } from './program-from-link.js';
import type { ProgramBanner } from './screens/program-banner.js';

/** What the program controller reads from its host. */
export interface RoutineProgramHost extends ReactiveControllerHost, HTMLElement {
  /** The `program-from-link` attribute: without it the page's fragment is ignored. */
  readonly programFromLink: boolean;
  readonly remember: boolean;
  readonly storage: StorageLike | undefined;
  readonly stretches: RoutineStretchesInput;
}

/** What `<stretch-routine>`'s `stretches` accepts. */
export type RoutineStretchesInput = string | Array<string | CustomStretchInput | CatalogStretchRef> | undefined;

/** Where the running program came from: the link, this device (`remember`), or nowhere. */
export type ProgramSource = 'link' | 'device' | 'none';

/**
 * `program-from-link` for the routine: reads `#program=…` from the page's address (and again on
 * `hashchange`), keeps it on the device with `remember`, and gives the routine the program's
 * stretches in place of its own. A bad code, an unknown id or a value outside the safe range
 * leaves a notice for the start screen, never an exception.
 */
export class RoutineProgramController implements ReactiveController {
  readonly #host: RoutineProgramHost;
  readonly #storage: SafeStorage;
  #readFrom: unknown[] = [Symbol('not yet')];
  #program: Program | null = null;
  #source: ProgramSource = 'none';
  #notices: ProgramNotice[] = [];
  /** The program's stretches as the routine's `stretches` list: the same array until the program changes. */
  #stretches: Array<CatalogStretchRef | CustomStretchInput> | undefined;
  #langSet = false;

  constructor(host: RoutineProgramHost) {
    this.#host = host;
    this.#storage = safeStorage(() => host.storage ?? pageLocalStorage());
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof window !== 'undefined') window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    if (typeof window !== 'undefined') window.removeEventListener('hashchange', this.#onHashChange);
  }

  readonly #onHashChange = (): void => {
    if (!this.#host.programFromLink) return;
    this.#readFrom = [Symbol('hash changed')];
    this.#host.requestUpdate();
  };

  /** The running program, made safe for this page, or null. */
  get program(): Program | null {
    return this.#program;
  }
  get source(): ProgramSource {
    return this.#source;
  }
  get notices(): readonly ProgramNotice[] {
    return this.#notices;
  }

  /**
   * The stretches the routine runs: the program's when one is running, else the routine's own.
   * Call from willUpdate; reads the address only when the attribute, `remember` or the stretches changed.
   */
  stretchesFor(own: RoutineStretchesInput): RoutineStretchesInput {
    const host = this.#host;
    const inputs = [host.programFromLink, host.remember, own];
    if (!inputs.every((value, index) => value === this.#readFrom[index])) {
      this.#readFrom = inputs;
      this.#read(own);
    }
    return this.#stretches ?? own;
  }

  #read(own: RoutineStretchesInput): void {
    const custom = Array.isArray(own)
      ? own.filter((item): item is CustomStretchInput => typeof item === 'object' && item !== null && !isCatalogStretchRef(item))
      : [];
    if (!this.#host.programFromLink || typeof location === 'undefined') {
      this.#set(null, 'none', []);
      return;
    }
    const result = programOnStart({
      location,
      knownIds: [...STRETCH_IDS, ...custom.map((item) => String(item.id))],
      remember: this.#host.remember,
      storage: this.#storage,
    });
    this.#set(result.program, result.from, result.notices);
    this.#stretches = result.program ? programStretches(result.program, custom) : undefined;
  }

  #set(program: Program | null, source: ProgramSource, notices: ProgramNotice[]): void {
    this.#program = program;
    this.#source = source;
    this.#notices = notices;
    if (!program) this.#stretches = undefined;
    // The clinician chose the program's language for this patient: it wins over the page's, but
    // not over a `lang` the page set on this element itself.
    const host = this.#host;
    if (program?.lang && (this.#langSet || !host.hasAttribute('lang'))) {
      host.setAttribute('lang', program.lang);
      this.#langSet = true;
    } else if (!program?.lang && this.#langSet) {
      host.removeAttribute('lang');
      this.#langSet = false;
    }
  }

  /** What the start screen shows of the program (`kept`: `remember` is on). */
  banner(kept: boolean): ProgramBanner {
    return { program: this.#program, source: this.#source, notices: this.#notices, kept, onForget: () => this.forget() };
  }

  /** "Use the usual routine instead": drops the kept program and shows the page's own routine. */
  forget(): void {
    forgetProgram(this.#storage);
    // The link stays in the address bar otherwise, and a reload would bring the program back.
    if (typeof location !== 'undefined' && /(^#|&)program=/.test(location.hash)) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    }
    this.#set(null, 'none', []);
    this.#host.requestUpdate();
  }
}
