/**
 * The promise's value, or `fallback` once `ms` have passed without one (a rejection also gives the
 * fallback). For a step the user is waiting on that may never settle: a Server Action's promise can
 * stay pending forever when the router navigates or refreshes while it is in flight
 * (vercel/next.js#74246), and "Generate my site" then did nothing at all.
 */
export function settleWithin<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
