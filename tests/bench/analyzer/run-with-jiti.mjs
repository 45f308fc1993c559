// Runs a TypeScript bench script with jiti instead of tsx: tsx compiles with esbuild's keepNames,
// which wraps functions in `__name(…)`, and Lighthouse serializes its own functions into the page
// it measures, where `__name` does not exist ("__name is not defined"). jiti leaves node_modules
// alone and adds no such helper. Usage: node run-with-jiti.mjs <script.ts>
import path from 'node:path';
import { createJiti } from 'jiti';

const root = path.resolve(import.meta.dirname, '../../..');
const jiti = createJiti(import.meta.url, {
  alias: { '@/': path.join(root, 'src') + '/', '@tests/': path.join(root, 'tests') + '/', '~inngest/': path.join(root, 'inngest') + '/' },
});
await jiti.import(path.resolve(process.argv[2]));
