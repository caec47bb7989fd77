import { describe, expect, it, vi } from 'vitest';
import { announceToShell, bridge, isDesktop, menuSectionsOf } from './bridge';
import { browserBridge } from './browserBridge';
import { channels } from '../../shared/ipc/contract';

describe('bridge', () => {
  it('is the browser implementation outside Electron', () => {
    expect(bridge).toBe(browserBridge);
    expect(isDesktop()).toBe(false);
  });

  it('keeps only the section keys the native menu knows', () => {
    expect(menuSectionsOf(['dashboard', 'mentors', 'reports', 'settings'])).toEqual([
      'dashboard',
      'mentors',
      'settings',
    ]);
  });

  it('announces language and sections with a request the shell accepts', async () => {
    const setLanguage = vi.fn(async () => ({ ok: true as const }));
    await announceToShell('hu', ['dashboard', 'mentors', 'reports'], { ...browserBridge, setLanguage });
    const sent = setLanguage.mock.calls[0] as unknown as [unknown];
    expect(sent[0]).toEqual({ language: 'hu', sections: ['dashboard', 'mentors'] });
    expect(channels['app.setLanguage'].request.safeParse(sent[0]).success).toBe(true);
  });
});
