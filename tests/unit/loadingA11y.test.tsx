// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import axe from 'axe-core';
import { Loader, Progress } from '@mantine/core';
import { prepareComponentTests, renderWithProviders } from '../setup/renderWithProviders';
import { BackupProgressBar } from '../../renderer/features/backup/BackupProgressBar';
import { i18n } from '../../renderer/i18n/i18n';

/*
 * What shows only while work runs (a backup's progress, a page's loader) is gone before an e2e
 * test's axe run at rest. Here each is rendered in that state and checked with axe (the same
 * engine the e2e specs use; colour contrast needs layout, which jsdom has not, so it stays in e2e).
 */
beforeAll(() => prepareComponentTests());
afterEach(() => cleanup());

const seriousViolations = async (container: HTMLElement): Promise<string[]> => {
  const r = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
};

describe('states shown while work runs pass axe', () => {
  it('the backup progress in every phase, with its name and spoken phase on the progressbar', async () => {
    for (const phase of ['serialise', 'deriveKey', 'encrypt', 'decrypt', 'validate'] as const) {
      const { container, getByRole } = renderWithProviders(<BackupProgressBar view={{ phase, percent: 41.6 }} />);
      expect(await seriousViolations(container), phase).toEqual([]);
      const bar = getByRole('progressbar', { name: i18n.t('backup:progress.label') });
      expect(bar.getAttribute('aria-valuenow')).toBe('42');
      expect(bar.getAttribute('aria-valuetext')).toBe(`${i18n.t(`backup:progress.${phase}`)} 42%`);
      cleanup();
    }
  });

  it('the check can fail: aria-valuetext on Progress’s root (the old bar) is reported', async () => {
    const { container } = renderWithProviders(
      <Progress value={40} aria-label="Progress" aria-valuetext="Encrypting…" />,
    );
    expect(await seriousViolations(container)).toContain('aria-allowed-attr');
  });

  it('a loader as the pages show it while their data loads', async () => {
    const { container } = renderWithProviders(<Loader aria-label={i18n.t('common:app.loading')} />);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
