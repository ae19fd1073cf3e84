type AudioContextConstructor = typeof AudioContext;

/**
 * Short beeps through Web Audio. Browsers only allow sound after a user gesture, so `prime()`
 * must be called from the Start click; until then `beep()` is silent.
 */
export class BeepCue {
  #context: AudioContext | undefined;

  /** Creates and resumes the audio context. Call from a click handler. */
  prime(): void {
    if (this.#context) {
      void this.#context.resume().catch(() => undefined);
      return;
    }
    const Ctor =
      (globalThis as { AudioContext?: AudioContextConstructor }).AudioContext ??
      (globalThis as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext;
    if (!Ctor) return;
    try {
      this.#context = new Ctor();
      void this.#context.resume().catch(() => undefined);
    } catch {
      this.#context = undefined;
    }
  }

  /** A high beep for "go", a lower one for "stop/rest", a double one for "done". */
  beep(kind: 'go' | 'stop' | 'done'): void {
    const context = this.#context;
    if (!context || context.state !== 'running') return;
    const tones = kind === 'done' ? [880, 1175] : [kind === 'go' ? 880 : 587];
    tones.forEach((frequency, index) => {
      const start = context.currentTime + index * 0.18;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.15);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.16);
    });
  }

  get active(): boolean {
    return this.#context !== undefined;
  }

  dispose(): void {
    const context = this.#context;
    this.#context = undefined;
    if (context && context.state !== 'closed') void context.close().catch(() => undefined);
  }
}
