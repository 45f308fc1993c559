import { afterEach, describe, expect, it, vi } from 'vitest';

// A first `npm start` installs dependencies for minutes: the terminal must say it is still
// working (with the time so far), never sit silent (issue 10, rough edges).

afterEach(() => vi.restoreAllMocks());

describe('runLong', () => {
  it('says it is still working, with the time so far, until the step ends', async () => {
    const { runLong } = await import('../../scripts/lib.mjs');
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    await runLong('still installing', process.execPath, ['-e', 'setTimeout(() => {}, 700)'], { everyMs: 150 });
    const progress = lines.filter((line) => /^ {2}… still installing \(0m \ds\)$/.test(line));
    expect(progress.length).toBeGreaterThanOrEqual(2);
    // Once the step is over it stops.
    const count = lines.length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(lines).toHaveLength(count);
  });
});
