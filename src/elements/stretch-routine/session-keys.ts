/** What a key does during a session (pure, so the element's keydown handler stays one line per command). */
export type SessionKeyCommand = 'toggle' | 'pause' | 'back' | 'next';

/**
 * The session's shortcuts: Space pauses or resumes (unless a control has focus: its own Space
 * wins), Esc pauses, the arrow keys go back or next (mirrored in right-to-left languages).
 * Modified keys and handled events are left alone.
 */
export function sessionKeyCommand(event: KeyboardEvent, rtl: boolean): SessionKeyCommand | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const target = event.composedPath()[0] as HTMLElement | undefined;
  const onControl = target?.matches?.('button, input, select, textarea, a[href], summary') ?? false;
  switch (event.key) {
    case ' ':
      return onControl ? undefined : 'toggle';
    case 'Escape':
      return 'pause';
    case 'ArrowLeft':
      return rtl ? 'next' : 'back';
    case 'ArrowRight':
      return rtl ? 'back' : 'next';
    default:
      return undefined;
  }
}
