import { DEFAULT_THEME, Modal, PasswordInput, createTheme, mergeThemeOverrides, type MantineColorsTuple } from '@mantine/core';
import type { TFunction } from 'i18next';
import './focus-ring.css';

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", Arial, sans-serif';

// Mantine's grey 6 (#868e96) is its "dimmed" text: 3.3:1 on white, below WCAG's 4.5:1. This one
// reads at 5.8:1 on white and 5.2:1 on the grey and indigo tints the pages lay under text.
const gray = DEFAULT_THEME.colors.gray.map((shade, index) => (index === 6 ? '#5f666d' : shade)) as unknown as MantineColorsTuple;

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 (#3b5bdb): white on a filled button 5.7:1, links 5.4:1 on the pages' grey (shade 6 was 4.3:1).
  primaryShade: 8,
  colors: { gray },
  defaultRadius: 'md',
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts, fontWeight: '650' },
  cursorType: 'pointer',
  // Mantine's ring shows when the keyboard moves focus (not on a click); focus-ring.css adds it
  // to what Mantine leaves without one (text fields, plain links, the skip link).
  focusRing: 'auto',
});

/**
 * The theme with the defaults that need words: every dialog's close button is named, and every
 * password field's "show" button is reachable by keyboard and named (Mantine's is skipped by Tab).
 */
export function translatedTheme(t: TFunction) {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('a11y.closeDialog') } } }),
        PasswordInput: PasswordInput.extend({
          defaultProps: { visibilityToggleFocusable: true, visibilityToggleButtonProps: { 'aria-label': t('a11y.showPassword') } },
        }),
      },
    }),
  );
}
