import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is on screen, so that a thread counts as read only once someone could
 * have seen it. Where the browser cannot tell (no IntersectionObserver), it counts as on screen.
 */
export function useOnScreen(ref: RefObject<Element | null>, enabled: boolean): boolean {
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element) {
      setOnScreen(false);
      return;
    }
    if (typeof IntersectionObserver === 'undefined') {
      setOnScreen(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => setOnScreen(entries.some((entry) => entry.isIntersecting)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return onScreen;
}
