import {
  Alert,
  Anchor,
  createTheme,
  Drawer,
  Modal,
  Notification,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from '@mantine/core';

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
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
      Alert: Alert.extend({ defaultProps: { closeButtonLabel: closeLabel } }),
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
