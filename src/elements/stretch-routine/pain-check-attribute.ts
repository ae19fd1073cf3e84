import type { Warner } from '../../internal/warn.js';

/**
 * `pain-check`: the pain check is ON by default. Off with `pain-check="off"` (or `"false"`, or the
 * property set to `false`). The boolean attribute of earlier versions keeps working: a bare
 * `pain-check`, `pain-check="on"` or `"true"` (and the property `true`) is on. Any other value
 * warns once and keeps the check on (the safe side).
 */
export function painCheckOn(value: unknown, warner: Warner): boolean {
  if (value == null || value === true || value === '') return true;
  if (value === false) return false;
  const word = String(value).trim().toLowerCase();
  if (word === 'on' || word === 'true' || word === 'pain-check') return true;
  if (word === 'off' || word === 'false') return false;
  warner.warn(`pain-check="${String(value)}" is not "on" or "off"; the pain check stays on.`);
  return true;
}
