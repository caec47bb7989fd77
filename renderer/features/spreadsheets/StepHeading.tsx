import { useEffect, useRef, type ReactNode } from 'react';
import { Title } from '@mantine/core';

/**
 * A step's heading. It takes the focus when the step appears, so a keyboard or screen-reader
 * user starts reading the new step from its top instead of staying on a button that is gone.
 */
export const StepHeading = ({ id, children }: { id: string; children: ReactNode }) => {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Title order={2} size="h3" id={id} ref={ref} tabIndex={-1} style={{ outlineOffset: 4 }}>
      {children}
    </Title>
  );
};
