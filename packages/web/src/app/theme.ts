import { createTheme, DEFAULT_THEME, type CSSVariablesResolver } from '@mantine/core';

const PRIMARY_COLOR = 'indigo';

/** Liaison's look: Mantine defaults with colours dark enough for WCAG AA text contrast. */
export const theme = createTheme({
  primaryColor: PRIMARY_COLOR,
  // White text on a filled button passes 4.5:1 from shade 7 in both schemes.
  primaryShade: { light: 7, dark: 7 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  cursorType: 'pointer',
  // Transitions shrink to nothing for people who ask their system for reduced motion.
  respectReducedMotion: true,
  components: {
    // Mantine's close button of a notification has no accessible name of its own, and its
    // message under a title is grey-6 (3.3:1 on white): the dimmed colour below passes 4.5:1.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
    // Nor does a modal's, including the confirmation dialogs of @mantine/modals.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
  },
});

/**
 * Even the darkest yellow and orange of Mantine are too pale on their own tint (2.7:1 and 3.6:1):
 * their light variants (warnings, "they changed it") take a brown of the same hue, above 7:1.
 */
const DARKER_THAN_SHADE_9: Record<string, string> = { yellow: '#664d03', orange: '#8a3a00' };

/**
 * Light tints (light badges and alerts, the current navigation link) with text in the darkest
 * shade and a hover tint of shade 1: Mantine's defaults fall below 4.5:1 for green, teal, yellow,
 * orange, and for the current navigation link under the pointer.
 */
const lightVariants = Object.fromEntries(
  [
    ...Object.keys(DEFAULT_THEME.colors).map((color) => [`color-${color}`, color]),
    ['primary-color', PRIMARY_COLOR],
  ].flatMap(([variable, color]) => [
    [`--mantine-${variable}-light-color`, DARKER_THAN_SHADE_9[color] ?? `var(--mantine-color-${color}-9)`],
    [`--mantine-${variable}-light-hover`, `var(--mantine-color-${color}-1)`],
  ]),
);

/** Secondary ("dimmed") text one shade darker than Mantine's, which is below 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Fields in error and their messages: Mantine's red 6 is 3.3:1 on white, red 9 is 5.6:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Links one shade darker than the primary colour: shade 7 is 4.48:1 on a hovered table row (gray 1), shade 8 is 5.1:1.
    '--mantine-color-anchor': `var(--mantine-color-${PRIMARY_COLOR}-8)`,
    ...lightVariants,
  },
  // Mantine's dimmed text on a dark page (dark-2 on dark-7) is 4.0:1; dark-1 is well above 4.5:1.
  // Links: shade 4 is 3.8:1 on a hovered table row (dark 5), shade 3 is 4.9:1.
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-anchor': `var(--mantine-color-${PRIMARY_COLOR}-3)`,
  },
});
