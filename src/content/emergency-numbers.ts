/*
 * The emergency-number rule for the safety text (CONTENT.md: "911 / 999 / 112, depending on the
 * locale"). When a clinic sets `emergency-number`, the text names that number and nothing else.
 * Without it, the text ("Call your local emergency number (such as …)", id `safety.urgent.lead`)
 * names example numbers, and the rule for every language is the same three, each with its place:
 *
 *   911: United States and Canada (FCC, "911 Wireless Services"; CRTC, "9-1-1"), also Mexico and
 *        the Philippines (national 911 systems since 2017 and 2016);
 *   999: United Kingdom (and Ireland, where 112 works too; Ofcom, "Emergency calls");
 *   112: the European Union's single emergency number (European Commission, "112 — the European
 *        emergency number"), answered in every member state, and on mobiles in the UK.
 *
 * Why all three in every language: a translation serves a clinic, not a country. CONTENT.md's
 * languages are chosen by where the clinics are (US clinics: Spanish, Chinese, Vietnamese, Tagalog,
 * Arabic; UK and EU clinics add Polish, French and German), and a Spanish reader may be in Madrid,
 * Mexico City or Los Angeles. Dropping a number would leave some readers with the wrong one, so a
 * translation may change the order (the number its readers most likely need first) and how the
 * places are named, never the set. test/content/safety-translations.test.ts checks every locale.
 * The back-translation review (docs/safety-back-translation.md) noted that zh-Hans, vi and ar name
 * no number for China (120), Vietnam (115) or an Arabic-speaking country; kept on purpose: those
 * translations serve clinics in the US, UK and EU, adding a fourth number only for some languages
 * would break "the same set", and Arabic has no single number (997, 123, 999, 911 …). A clinic
 * elsewhere sets `emergency-number`, and the sentence always says "your local emergency number" first.
 * A page whose `lang` names a region gets one number through `usualEmergencyNumber()`
 * (src/localization/locales.ts) when a clinic passes it to `emergency-number`.
 */
export const EMERGENCY_EXAMPLE_NUMBERS = {
  en: ['911', '999', '112'],
  es: ['911', '999', '112'],
  'zh-Hans': ['911', '999', '112'],
  vi: ['911', '999', '112'],
  tl: ['911', '999', '112'],
  ar: ['911', '999', '112'],
  fr: ['112', '999', '911'],
  de: ['112', '999', '911'],
  pl: ['112', '999', '911'],
} as const satisfies Record<string, readonly string[]>;

/** The message ids whose text names the example numbers, and so must follow the rule. */
export const EMERGENCY_EXAMPLE_MESSAGE_IDS = ['safety.urgent.lead'] as const;
