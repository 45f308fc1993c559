// The architecture check of the test command (`npm run lint:architecture`): dependency-cruiser
// applies the rules in .dependency-cruiser.cjs (module tables, module internals, ports that know
// no modules, no file cycles); on the same graph, collapsed to one node per module / port, this
// finds cycles between modules. `--report` also prints that module graph.
//
//   node scripts/check-architecture.mjs [--report] [dir …]   (default: src inngest)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './lib.mjs';

const args = process.argv.slice(2);
const report = args.includes('--report');
const dirs = args.filter((a) => !a.startsWith('--'));
const targets = dirs.length ? dirs : ['src', 'inngest'];

// The repository's rules and dependency-cruiser, applied to the tree in the current directory
// (the repository itself, or a fixture tree in the architecture test).
const depcruise = path.join(root, 'node_modules', '.bin', 'depcruise');
const config = path.join(root, '.dependency-cruiser.cjs');
const run = spawnSync(depcruise, ['--config', config, '--output-type', 'json', ...targets], {
  cwd: process.cwd(),
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
let result;
try {
  result = JSON.parse(run.stdout);
} catch {
  console.error(run.stderr || 'dependency-cruiser printed no report');
  process.exit(2);
}

const errors = result.summary.violations.filter((v) => v.rule.severity === 'error');
for (const v of errors) {
  const path = v.cycle ? v.cycle.map((c) => (typeof c === 'string' ? c : c.name)).join(' → ') : `${v.from} → ${v.to}`;
  console.error(`✖ ${v.rule.name}: ${path}`);
}

// One node per module, per port of src/lib, for the app's routes, the event catalog and the jobs.
const isTest = (p) => /(\.test\.tsx?$|\/testing\/|\/test-helpers\/|\/fixtures\/)/.test(p);
const group = (p) =>
  p.match(/^src\/modules\/[^/]+/)?.[0] ??
  p.match(/^src\/lib\/[^/]+?(?=\/|\.tsx?$)/)?.[0] ??
  (p.startsWith('src/app/') ? 'src/app' : p.startsWith('inngest/functions/') ? 'inngest/functions' : p.replace(/\.tsx?$/, ''));
const graph = new Map();
for (const m of result.modules) {
  if (isTest(m.source) || !/^(src|inngest)\//.test(m.source)) continue;
  const from = group(m.source);
  const edges = graph.get(from) ?? new Set();
  for (const d of m.dependencies) {
    if (!/^(src|inngest)\//.test(d.resolved) || isTest(d.resolved)) continue;
    const to = group(d.resolved);
    if (to !== from) edges.add(to);
  }
  graph.set(from, edges);
}

// Tarjan's strongly connected components: every component of more than one node is a cycle.
let index = 0;
const stack = [];
const onStack = new Set();
const idx = new Map();
const low = new Map();
const cycles = [];
function visit(v) {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!idx.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
}
for (const v of graph.keys()) if (!idx.has(v)) visit(v);
for (const c of cycles) console.error(`✖ module cycle: ${c.join(' ⇄ ')}`);

if (report) {
  console.log('Module graph (one node per module / port):');
  for (const [from, to] of [...graph.entries()].sort()) if (to.size) console.log(`  ${from} → ${[...to].sort().join(', ')}`);
  console.log(cycles.length ? `${cycles.length} module cycle(s)` : 'No module cycles.');
}
const files = result.summary.totalCruised;
if (errors.length || cycles.length) {
  console.error(`Architecture check failed: ${errors.length} rule violation(s), ${cycles.length} module cycle(s) in ${files} files.`);
  process.exit(1);
}
console.log(`Architecture check passed: ${files} files, no rule violations, no module cycles.`);
