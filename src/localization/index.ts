/**
 * Localization for backcare elements. Importing this module has no side effects and never
 * configures @lit/localize; call `setupLocalization()` once per page (the CDN build does).
 */
export {
  setupLocalization,
  loadBackcareTemplates,
  preloadLocale,
  withLocale,
  currentLocale,
  LOAD_WAIT_MS,
  type LocalizationOptions,
  type LocalizationHandle,
} from './runtime.js';
export {
  SOURCE_LOCALE,
  TARGET_LOCALES,
  ALL_LOCALES,
  resolveLocaleTag,
  localeDirection,
  usualEmergencyNumber,
  type BackcareLocale,
  type TargetLocale,
  type ResolvedLocale,
} from './locales.js';
export {
  formatNumber,
  formatRange,
  formatSeconds,
  formatTimes,
  formatDays,
  formatList,
  formatClock,
  formatDuration,
  formatAboutMinutes,
  pluralCategory,
} from './format.js';
export { activeLocale } from './active-locale.js';
export { isLocalizationSetUp } from './context.js';
