import { DEFAULT_THEME, createTheme, mergeThemeOverrides, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';
import type { TFunction } from 'i18next';
import './focus-ring.css';

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", Arial, sans-serif';

// Mantine's grey 6 (#868e96) is its "dimmed" text: 3.3:1 on white, below WCAG's 4.5:1. This one
// reads at 5.8:1 on white and 5.2:1 on the grey and indigo tints the pages lay under text.
const gray = DEFAULT_THEME.colors.gray.map((shade, index) => (index === 6 ? '#5f666d' : shade)) as unknown as MantineColorsTuple;

/**
 * Placeholder text that is an element (Mantine's Input.Placeholder, in the date and select
 * pickers) is text axe-core measures: Mantine's grey 5 (#adb5bd) reads at 2.1:1 on white. It takes
 * the dimmed grey instead (5.8:1), found with an open consent dialog (issue 11, point 9).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: {},
});

function channels(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function darker(hex: string): string {
  return `#${channels(hex)
    .map((channel) => Math.round(channel * 0.92).toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * Mantine's yellow, orange, teal, green… are too light for text: white on a filled badge or button
 * (shade 8 here) and the text of a light badge (shade 9 on shade 1) fall under 4.5:1. Those two
 * shades are darkened until they reach it (4.6, a margin for rounding); the tints stay as they are.
 */
function readable(palette: MantineColorsTuple): MantineColorsTuple {
  const shades = [...palette];
  while (contrast(shades[8]!, '#ffffff') < 4.6 || contrast(shades[8]!, shades[0]!) < 4.6) shades[8] = darker(shades[8]!);
  while (contrast(shades[9]!, shades[1]!) < 4.6) shades[9] = darker(shades[9]!);
  return shades as unknown as MantineColorsTuple;
}

const colors = Object.fromEntries(
  Object.entries({ ...DEFAULT_THEME.colors, gray }).map(([name, palette]) => [name, name === 'dark' ? palette : readable(palette)]),
);

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 (#3b5bdb): white on a filled button 5.7:1, links 5.4:1 on the pages' grey (shade 6 was 4.3:1).
  primaryShade: 8,
  colors,
  defaultRadius: 'md',
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts, fontWeight: '650' },
  cursorType: 'pointer',
  // Mantine's ring shows when the keyboard moves focus (not on a click); focus-ring.css adds it
  // to what Mantine leaves without one (text fields, plain links, the skip link).
  focusRing: 'auto',
  components: {
    // A badge never cuts its words off (Mantine's ends them with "…" on one line): a long label
    // ("Voditelj slučaja kod partnera" on a phone) wraps inside it, and a badge in a row of other
    // things keeps its own width instead of being squeezed.
    Badge: {
      styles: {
        root: { flexShrink: 0, maxWidth: '100%', height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
      },
    },
  },
});

/**
 * The theme with the defaults that need words: every dialog's close button is named, and every
 * password field's "show" button is reachable by keyboard and named (Mantine's is skipped by Tab).
 */
// Plain objects, not Modal.extend(…): naming a component here would pull its code (Modal with its
// transitions, focus trap and portal) into the first page's JavaScript.
export function translatedTheme(t: TFunction) {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: { defaultProps: { closeButtonProps: { 'aria-label': t('a11y.closeDialog') } } },
        PasswordInput: {
          defaultProps: { visibilityToggleFocusable: true, visibilityToggleButtonProps: { 'aria-label': t('a11y.showPassword') } },
        },
      },
    }),
  );
}
