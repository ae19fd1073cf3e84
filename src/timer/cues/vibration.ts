/** A short vibration where the device supports it (Android browsers; iOS ignores it). */
export function vibrate(pattern: number | number[]): void {
  if (typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return;
  // Without a past tap on the page, Chrome refuses (and logs an error for) every call.
  const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
  if (activation && !activation.hasBeenActive) return;
  try {
    navigator.vibrate(pattern);
  } catch {
    // Some browsers throw when called without a recent user gesture; a missed buzz is harmless.
  }
}
