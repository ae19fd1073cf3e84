/**
 * Spoken cues through speechSynthesis: one short sentence at a time, in the element's language,
 * and silent (never English instead) when the browser has no voice for that language.
 */
export class SpeechCue {
  #speaking = false;

  get #synth(): SpeechSynthesis | undefined {
    return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  }

  /** A voice whose language matches `lang` (exact first, then the same primary language). */
  static voiceFor(lang: string, voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
    const wanted = lang.toLowerCase();
    const primary = wanted.split('-')[0];
    return (
      voices.find((voice) => voice.lang.toLowerCase().replace('_', '-') === wanted) ??
      voices.find((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === primary)
    );
  }

  speak(text: string, lang: string): void {
    const synth = this.#synth;
    if (!synth) return;
    const voice = SpeechCue.voiceFor(lang, synth.getVoices());
    if (!voice) return;
    // One sentence at a time: a new cue replaces one still being spoken.
    if (this.#speaking) synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = utterance.onerror = () => {
      this.#speaking = false;
    };
    this.#speaking = true;
    synth.speak(utterance);
  }

  cancel(): void {
    if (this.#speaking) this.#synth?.cancel();
    this.#speaking = false;
  }
}
