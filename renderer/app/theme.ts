import {
  Alert,
  Anchor,
  createTheme,
  Drawer,
  Loader,
  Modal,
  Notification,
  defaultVariantColorsResolver,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
  type VariantColorsResolver,
} from '@mantine/core';

/** Mixes a `#rrggbb` colour with black: `amount` 0.3 keeps 70 % of the colour. */
export const darken = (hex: string, amount: number): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) =>
    Math.round(((n >> shift) & 255) * (1 - amount))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(16)}${channel(8)}${channel(0)}`;
};

/**
 * Text in the light, outline and subtle variants (badges, alerts, light buttons) is Mantine's
 * shade 6 by default, which fails AA contrast for most colours on a pale background. It uses
 * the colour's darkest shade, darkened further, so that yellow, orange, lime and green stay
 * readable as well, while keeping the colour's hue.
 */
const readableVariantColors: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  const name = input.color ?? input.theme.primaryColor;
  const palette = input.theme.colors[name];
  if (!palette || !['light', 'outline', 'subtle'].includes(input.variant)) return resolved;
  const text = darken(palette[9], 0.3);
  return { ...resolved, color: text, hoverColor: text, border: input.variant === 'outline' ? text : resolved.border };
};

/**
 * Mantine's teal with darker top shades. Filled colours use shade 9 for every colour (so a
 * plain `teal` badge stays readable); the hover of shade 9 is shade 8, so both must keep
 * white text above 4.5:1.
 */
const TANDEM_TEAL: MantineColorsTuple = [
  '#e6fcf5',
  '#c3fae8',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#12b886',
  '#0ca678',
  '#087f5b',
  '#06604a',
];

/**
 * The app's theme. System fonts only: nothing is loaded from the internet. Colours chosen
 * for AA contrast. Every close button (dialogs, drawers, notifications, alerts) gets an
 * accessible name in the active language, so no feature can forget it.
 */
export const createAppTheme = (closeLabel: string): MantineThemeOverride => {
  const closeButtonProps = { 'aria-label': closeLabel };
  return createTheme({
    colors: { tandem: TANDEM_TEAL },
    primaryColor: 'tandem',
    primaryShade: 9,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
    defaultRadius: 'sm',
    variantColorResolver: readableVariantColors,
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
      Alert: Alert.extend({ defaultProps: { closeButtonLabel: closeLabel } }),
      // A spinner is a live status: its aria-label (set by every caller) needs a role to be allowed.
      Loader: Loader.extend({ defaultProps: { role: 'status' } }),
      // Links inside text are underlined: colour alone does not tell them apart.
      Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    },
  });
};

/**
 * Mantine's default "dimmed" grey (gray.6) and error red (red.6) fall below WCAG AA contrast
 * on white; darker shades keep secondary text and validation messages readable everywhere.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
