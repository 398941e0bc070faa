import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { resources } from '@cirkel/i18n';
import { afterEach, vi } from 'vitest';
import { provideLanguages } from '../src/core/i18n/create-i18n';

// The browser fetches each language's texts when it is first shown; the tests have every
// language at hand, so that an app renders its texts at once and a language switch is immediate.
provideLanguages(resources);

// findBy* and waitFor give up after 1 s by default: on a loaded machine the first render of a
// lazily loaded page (Vite transforms its code on first use) takes longer, and tests failed
// waiting for rows that were on their way. A wait is for a condition, not a speed: it gives up
// only on a hang (30 s, as Playwright's waits and expect.poll in the browser tests), within the
// test's own bound (testTimeout in vitest.config.ts). No test sets a shorter one of its own.
configure({ asyncUtilTimeout: 30_000 });

// Tests that run in Node (`@vitest-environment node`) have no DOM to prepare.
const hasDom = typeof window !== 'undefined';

if (hasDom) {
  // jsdom lacks the layout APIs Mantine asks for; these stubs answer "nothing matches, nothing moved".
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      configurable: true,
      value: vi.fn((query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: vi.fn(),
        removeListener: vi.fn(),
        addEventListener: vi.fn(),
        removeEventListener: vi.fn(),
        dispatchEvent: vi.fn(() => false),
      })),
    });
  }

  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserverStub });
  }

  Element.prototype.scrollIntoView ??= function scrollIntoView() {};

  afterEach(() => {
    cleanup();
    window.localStorage.clear();
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
  });
}
