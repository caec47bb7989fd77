import type { NavigateFunction } from 'react-router';

/**
 * Leave a record's page first, then delete the record. Deleting first let the page's live query
 * see the record gone before the navigation ran, so "does not exist or was deleted" flashed up.
 * When the delete fails the coordinator is brought back to the record (which is unchanged) and
 * the error is rethrown for the caller to report.
 */
export const leaveThenDelete = async (
  navigate: NavigateFunction,
  paths: { leaveTo: string; backTo: string },
  remove: () => Promise<unknown>,
): Promise<void> => {
  await navigate(paths.leaveTo);
  try {
    await remove();
  } catch (err) {
    await navigate(paths.backTo, { replace: true });
    throw err;
  }
};
