import { createTheme } from '@mantine/core';

// System fonts only: nothing is loaded from the internet. Colours chosen for AA contrast.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
  defaultRadius: 'sm',
});
