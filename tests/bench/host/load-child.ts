/**
 * The load generator, run in its own Node process (see run-load.ts) so it never shares an event
 * loop with the server under test. Reads its options as JSON from argv[2], runs autocannon and
 * prints one JSON line: the result plus how busy this process was (CPU time ÷ wall time; near
 * 100 % means the generator, not the server, was the limit).
 */
import autocannon from 'autocannon';
import type { LoadOptions, LoadResult } from './run-load';

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationS,
    pipelining: 1,
    headers: options.headers,
  });
  const wallMs = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  const out: LoadResult = {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytesPerSecond: result.throughput.average,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    generatorCpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
