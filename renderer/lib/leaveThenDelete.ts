import type { NavigateFunction } from 'react-router';

/**
 * Leave a record's page first, then delete the record. Deleting first let the page's live query
 * see the record gone before the navigation ran, so "does not exist or was deleted" flashed up.
 * When the delete fails the coordinator is brought back to the record (which is unchanged) and
 * the error is rethrown for the caller to report.
 */
/**
 * The pages being left for a deletion. `navigate` returns before React has put the next page on
 * screen (a route change is rendered as a transition, and the next page may still be loading), so
 * the record's page can still be mounted when its record is deleted: while its path is here, it
 * shows a loader instead of "does not exist or was deleted". Kept a few seconds after the delete.
 */
const leaving = new Map<string, ReturnType<typeof setTimeout> | null>();
const LEAVING_MS = 5_000;

/** True while the page at `path` is being left because its record is deleted (see above). */
export const isBeingLeft = (path: string): boolean => leaving.has(path);

const forget = (path: string): void => {
  const timer = leaving.get(path);
  if (timer) clearTimeout(timer);
  leaving.delete(path);
};

export const leaveThenDelete = async (
  navigate: NavigateFunction,
  paths: { leaveTo: string; backTo: string },
  remove: () => Promise<unknown>,
): Promise<void> => {
  forget(paths.backTo);
  leaving.set(paths.backTo, null);
  await navigate(paths.leaveTo);
  try {
    await remove();
  } catch (err) {
    forget(paths.backTo);
    await navigate(paths.backTo, { replace: true });
    throw err;
  }
  leaving.set(
    paths.backTo,
    setTimeout(() => leaving.delete(paths.backTo), LEAVING_MS),
  );
};
