/**
 * Mantine draws field descriptions in its "dimmed" grey, which fails AA contrast on white.
 * Passed as `styles` to inputs, checkboxes and radio groups that carry a description.
 */
export const READABLE_DESCRIPTION = { description: { color: 'var(--mantine-color-gray-7)' } } as const;
