import { describe, expect, it } from 'vitest';
import type { NavigateFunction } from 'react-router';
import { isBeingLeft, leaveThenDelete } from './leaveThenDelete';

const paths = { leaveTo: '/contacts', backTo: '/contacts/c1' };

describe('leaveThenDelete', () => {
  it('leaves first, and marks the page as being left while and after the record is deleted', async () => {
    const seen: string[] = [];
    const navigate = ((to: string) => {
      seen.push(`navigate ${to}`);
    }) as NavigateFunction;
    await leaveThenDelete(navigate, paths, async () => {
      seen.push(`remove (left: ${String(isBeingLeft(paths.backTo))})`);
    });
    expect(seen).toEqual(['navigate /contacts', 'remove (left: true)']);
    // The record's page may still be mounted until the next page is on screen.
    expect(isBeingLeft(paths.backTo)).toBe(true);
    expect(isBeingLeft('/contacts/other')).toBe(false);
  });

  it('brings the coordinator back and forgets the page when the delete fails', async () => {
    const seen: string[] = [];
    const navigate = ((to: string) => {
      seen.push(to);
    }) as NavigateFunction;
    await expect(
      leaveThenDelete(navigate, { leaveTo: '/mentors', backTo: '/mentors/m1' }, () =>
        Promise.reject(new Error('disk full')),
      ),
    ).rejects.toThrow('disk full');
    expect(seen).toEqual(['/mentors', '/mentors/m1']);
    expect(isBeingLeft('/mentors/m1')).toBe(false);
  });
});
