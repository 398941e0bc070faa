import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';
import { useFormatters } from './use-formatters';

function formattersIn(language: string) {
  const i18n = createI18n({ storage: undefined, browserLanguages: [language], document });
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  return renderHook(() => useFormatters(), { wrapper }).result.current;
}

describe("lists in the reader's language", () => {
  it('Arabic joins as Arabic does (و), never with a Latin comma', () => {
    const text = formattersIn('ar').list(['العربية', 'الكردية', 'الإنجليزية']);
    expect(text).toBe('العربية والكردية والإنجليزية');
    expect(text).not.toContain(',');
  });

  it('Swedish and Bosnian end the list with their own word for "and"', () => {
    expect(formattersIn('sv').list(['arabiska', 'kurdiska', 'engelska'])).toBe('arabiska, kurdiska och engelska');
    expect(formattersIn('bs').list(['arapski', 'kurdski', 'engleski'])).toMatch(/^arapski, kurdski i engleski$/);
  });
});
