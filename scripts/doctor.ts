/**
 * `npm run doctor`: checks the configured environment — the variables `next start` would see
 * (.env files included, loaded the way Next loads them) — and prints one line per check: ok,
 * PROBLEM, warning, or skipped (not configured: the embedded default runs). Exits 1 when a check
 * found a problem. Never prints a secret's value. What each check does: src/modules/ops/.
 *
 *   npm run doctor
 */
import { loadEnvConfig } from '@next/env';
import { getEnv } from '@/lib/env';
import { doctorExitCode, formatDoctorReport, runDoctor } from '@/modules/ops/run-doctor';

async function main(): Promise<number> {
  loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
  let env;
  try {
    env = getEnv();
  } catch (err) {
    // getEnv names the invalid variables only (values may be secrets).
    console.log(`PROBLEM  environment: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const results = await runDoctor(env);
  console.log(formatDoctorReport(results));
  return doctorExitCode(results);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
