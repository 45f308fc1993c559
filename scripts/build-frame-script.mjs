// Bundles the editor canvas's script (src/modules/render/frame/frame-main.ts) into a string
// constant the app inlines into the canvas's srcdoc and allows in its CSP by hash.
// Run after changing the frame script or the canvas protocol: node scripts/build-frame-script.mjs
// (src/modules/editor/frame-script.test.ts fails while the generated file is stale).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFrameScript, GENERATED_PATH } from './frame-script-bundle.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(path.join(root, GENERATED_PATH), await bundleFrameScript(root));
console.log(`wrote ${GENERATED_PATH}`);
