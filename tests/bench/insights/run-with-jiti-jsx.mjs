// Runs a TypeScript script that renders React (PDFs) with jiti, JSX included: under tsx the app's
// .tsx files are compiled to CommonJS (the package has no "type": "module"), and @react-pdf's
// packages cannot be require()d (`@react-pdf/hyphenate/en-us` is ESM-only). jiti imports
// node_modules natively. Usage: node run-with-jiti-jsx.mjs <script.ts> [args…]
import path from 'node:path';
import { createJiti } from 'jiti';

const root = path.resolve(import.meta.dirname, '../../..');
const jiti = createJiti(import.meta.url, {
  jsx: { runtime: 'automatic' },
  alias: { '@/': path.join(root, 'src') + '/', '@tests/': path.join(root, 'tests') + '/', '~inngest/': path.join(root, 'inngest') + '/' },
});
await jiti.import(path.resolve(process.argv[2]));
