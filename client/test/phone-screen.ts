import { afterEach, beforeEach } from 'vitest';

/**
 * For the tests of a `describe`: the screen is a phone's (390 px), so media queries for a maximum
 * width under it match; jsdom's own stub matches nothing.
 */
export function onAPhone(width = 390): void {
  let original: typeof window.matchMedia;
  beforeEach(() => {
    original = window.matchMedia;
    window.matchMedia = ((query: string) => {
      const maxWidth = /max-width:\s*([\d.]+)(px|em)/.exec(query);
      const limit = maxWidth ? Number(maxWidth[1]) * (maxWidth[2] === 'em' ? 16 : 1) : 0;
      return {
        matches: width <= limit,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      } as MediaQueryList;
    }) as typeof window.matchMedia;
  });
  afterEach(() => {
    window.matchMedia = original;
  });
}
