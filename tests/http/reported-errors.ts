// What the code under test reports as unexpected (reportError): a 500 in the making, even when it
// answers politely. Fuzz test files route reportError here:
//
//   vi.mock('@/lib/observability', async () => (await import('./reported-errors')).observabilityMock);
//
// No imports on purpose: the mock factory loads this file while '@/lib/observability' itself is
// being mocked, and anything importing that module from here would wait on itself.

export const reported: unknown[] = [];

export const observabilityMock = {
  reportError: (err: unknown): void => {
    reported.push(err);
  },
};

/** Fails on anything the code under test reported as unexpected during `run`. */
export async function withoutReports<T>(what: string, run: () => Promise<T>): Promise<T> {
  const before = reported.length;
  const result = await run();
  if (reported.length > before)
    throw new Error(`${what} reported an unexpected error: ${String(reported.at(-1))}`, { cause: reported.at(-1) });
  return result;
}
