// The server clock of an end-to-end app that a spec moves (tests/fakes/clock/server-clock.ts).
//
// Preloaded with `node --import` (NODE_OPTIONS) into every process an own app server starts: the
// seed and fixture script and the app itself, whose embedded database (PGlite, WASM) reads the same
// Date.now(), so the app's code, its SQL now() and the embedded cron scheduler all see one time.
// The clock runs at real speed from an offset read from PM_TEST_CLOCK_FILE ({"offsetMs": n}); the
// file is watched, so a spec moves time forward while the server runs, the way time passes in
// production (the SLA cron finds a ticket past its deadline, the monthly report's hourly tick comes
// round on the 1st). Without PM_TEST_CLOCK_FILE nothing is changed.
import { readFileSync, watchFile } from 'node:fs';

const file = process.env.PM_TEST_CLOCK_FILE;

if (file) {
  const RealDate = Date;
  let offsetMs = 0;
  const load = () => {
    try {
      const value = Number(JSON.parse(readFileSync(file, 'utf8')).offsetMs);
      if (Number.isFinite(value)) offsetMs = value;
    } catch {
      // Being rewritten this instant: keep the last offset; the next change event reads it again.
    }
  };
  load();
  // Polled (stat every 50 ms), not persistent: the process exits as if the watcher were not there.
  watchFile(file, { interval: 50, persistent: false }, load);

  // A function rather than a subclass: `Date()` without `new` must keep returning a string, and the
  // shared prototype keeps `instanceof Date` true for dates made by either constructor.
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(RealDate.now() + offsetMs).toString();
    const date = args.length === 0 ? new RealDate(RealDate.now() + offsetMs) : new RealDate(...args);
    if (new.target !== ShiftedDate) Object.setPrototypeOf(date, new.target.prototype);
    return date;
  }
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = () => RealDate.now() + offsetMs;
  ShiftedDate.parse = RealDate.parse;
  ShiftedDate.UTC = RealDate.UTC;
  globalThis.Date = ShiftedDate;
}
