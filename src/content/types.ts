/**
 * Catalog text is a function, not a string, so it is read through `msg()` at render time and
 * follows the active locale.
 */
export type LocalizedText = () => string;

/** Where a piece of catalog data comes from. */
export type Source =
  /** The clinic's article (shared/seed/back-pain-article.txt). */
  | 'article'
  /** A sourced default that fills a gap in the article; see the comment beside it. */
  | 'default';

/**
 * A catalog sentence with its origin: `source: 'article'` when it says what the article says,
 * `'default'` when it fills a gap the article leaves, with the reason in a code comment beside it
 * (comments, not strings, so the reasons cost the bundle nothing). Still a LocalizedText, so code
 * that only reads the text calls it as before.
 */
export type SourcedText = LocalizedText & { readonly source: Source };

/** Marks a catalog sentence with where it comes from (see SourcedText). Pure: call it as `/* @__PURE__ *\/ sourced(…)`. */
export function sourced(text: LocalizedText, source: Source): SourcedText {
  return Object.assign(text, { source });
}

/** An inclusive range of whole numbers, such as "15–30 seconds" or "2–3 times". */
export interface NumberRange {
  min: number;
  max: number;
}

export type Sides = 'each' | 'none';

export const STRETCH_IDS = ['head-rolls', 'kneeling-back-extension', 'knee-to-chest', 'bird-dog'] as const;
export type StretchId = (typeof STRETCH_IDS)[number];

/** How long and how often to do a stretch. */
export interface Dose {
  /** Seconds to hold (or pause) in the stretch position. */
  hold: NumberRange;
  /** Seconds the timer counts when `hold` is a range; defaults to `hold.max`. */
  holdTarget?: number;
  /** Repetitions (rounds); for `sides: 'each'`, one rep is both sides. */
  reps: NumberRange;
  sides: Sides;
  /** Seconds of rest between reps. */
  rest: number;
  /** Which parts of the dose the article gives and which are defaults. */
  source: { hold: Source; reps: Source; rest: Source };
}

export interface Stretch {
  id: StretchId;
  name: LocalizedText;
  /** One sentence on what it is good for. */
  summary: SourcedText;
  /**
   * Numbered steps: one action each, second person, the side named in one-sided steps. A step
   * may be a SourcedText when it differs from `stepsSource` (a default inside the article's steps).
   */
  steps: Array<LocalizedText | SourcedText>;
  /** Where the patient should feel it. */
  feelIt: LocalizedText;
  feelItSource: Source;
  dose: Dose;
  /** Each caution with its source: the article, or a default with its reason. */
  cautions: SourcedText[];
  /** An optional harder version. */
  progression?: LocalizedText;
  /**
   * The article promises a video demonstration for some stretches but its text carries no link,
   * so the URL comes from the clinic (`video-url`). `true` means "the article mentions a video".
   */
  articleMentionsVideo: boolean;
  stepsSource: Source;
}

export type CauseId = 'strains-sprains' | 'herniated-disc' | 'sciatica';

export interface Cause {
  id: CauseId;
  name: LocalizedText;
  /** Plain-language explanation, one or two sentences. */
  explanation: LocalizedText[];
  /** What people often notice. */
  signs?: LocalizedText;
}

export type OnsetId = 'sudden-strain' | 'inactivity';

export interface Onset {
  id: OnsetId;
  title: LocalizedText;
  text: LocalizedText;
}
