/**
 * The serve bench's publish → live part alone (no throughput phase): quick to run while working
 * on the publish path. `npx tsx tests/bench/host/publish-bench.ts [runs]` (default 15).
 */
import { benchPublish } from './serve-bench';
import { openBenchPipeline } from './publish-pipeline';

async function main() {
  const runs = Number(process.argv[2] ?? 15);
  const pipeline = await openBenchPipeline();
  try {
    await benchPublish(pipeline, runs, (line) => console.log(line));
  } finally {
    await pipeline.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
