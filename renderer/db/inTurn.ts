/**
 * Runs `run` after every earlier call made with the same transaction has settled: the summaries'
 * middlewares (./careSummaries.ts, ./trainingSummaries.ts) read, change and write summaries for each
 * write, and writes of several tables may run at once in one transaction (an import writes its
 * tables together), so they take turns per transaction, or one would write back a summary without
 * the other's change. Each middleware keeps its own `turns`.
 */
export const takingTurns = () => {
  const turns = new WeakMap<object, Promise<unknown>>();
  return <T>(trans: object, run: () => Promise<T>): Promise<T> => {
    const previous = turns.get(trans) ?? Promise.resolve();
    const mine = previous.then(run, run);
    turns.set(
      trans,
      mine.catch(() => undefined),
    );
    return mine;
  };
};
