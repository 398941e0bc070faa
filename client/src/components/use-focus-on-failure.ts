import { useEffect, useRef } from 'react';

/**
 * When a failure appears, focus goes to its alert, unless the person is in a field (then it stays
 * there): a button that was pressed was disabled while it worked, and the browser dropped focus to
 * the page's top, where the next Tab would start over. `key` changes with each new failure.
 */
export function useFocusOnFailure<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const alert = ref.current;
    if (!key || !alert) return;
    const active = document.activeElement;
    const inField = active instanceof HTMLElement && active.matches('input, textarea, select, [contenteditable="true"]');
    if (!inField) alert.focus();
  }, [key]);
  return ref;
}
