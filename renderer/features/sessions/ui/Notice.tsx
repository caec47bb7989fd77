import { Alert, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * An outlined alert whose title and text stay dark: Mantine colours an outline alert's title in
 * the accent shade, which fails contrast for orange and red. The border carries the colour.
 */
export const Notice = ({
  tone,
  title,
  children,
  role,
  ...rest
}: { tone: 'warning' | 'error'; title?: string; children: ReactNode; role?: string } & Omit<
  AlertProps,
  'color' | 'variant' | 'title'
>) => (
  <Alert
    {...rest}
    role={role}
    variant="outline"
    color={tone === 'warning' ? 'orange' : 'red'}
    title={title}
    styles={{ title: { color: 'var(--mantine-color-dark-9)' }, message: { color: 'var(--mantine-color-dark-9)' } }}
  >
    {children}
  </Alert>
);
