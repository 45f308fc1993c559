// The architecture check of the test command (`npm run lint:architecture`): dependency-cruiser
// applies the rules in .dependency-cruiser.cjs (module tables, module internals, ports that know
// no modules, no file cycles); on the same graph, collapsed to one node per module / port, this
// finds cycles between modules, and collapsed to one node per folder, cycles between folders (two
// folders that import each other hide a missing seam even when no file cycle does).
// `--report` also prints the module graph.
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
function cyclesOf(graph) {
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
  return cycles;
}
const cycles = cyclesOf(graph);
for (const c of cycles) console.error(`✖ module cycle: ${c.join(' ⇄ ')}`);

// The same graph with one node per folder: a module's folders (and the ports' folders) may depend
// on each other one way only. These cycles were there when the rule came (a folder of parts that
// its root both registers and lends helpers to); each is reported until it is untangled, and any
// other folder cycle — or one of these growing — fails the check.
const knownFolderCycles = new Set([
  'src/lib ⇄ src/lib/http',
  'src/lib/jobs ⇄ src/lib/jobs/embedded',
  'src/modules/analyzer ⇄ src/modules/analyzer/emails ⇄ src/modules/analyzer/ui',
  'src/modules/document ⇄ src/modules/document/sections',
  'src/modules/notifications ⇄ src/modules/notifications/emails ⇄ src/modules/notifications/push',
  'src/modules/render ⇄ src/modules/render/sections',
  'src/modules/reports ⇄ src/modules/reports/ui',
]);
const folderGraph = new Map();
const folderEdge = new Map();
for (const m of result.modules) {
  if (isTest(m.source) || !/^(src|inngest)\//.test(m.source)) continue;
  const from = path.posix.dirname(m.source);
  const edges = folderGraph.get(from) ?? new Set();
  for (const d of m.dependencies) {
    if (!/^(src|inngest)\//.test(d.resolved) || isTest(d.resolved)) continue;
    const to = path.posix.dirname(d.resolved);
    if (to === from) continue;
    edges.add(to);
    if (!folderEdge.has(`${from} → ${to}`)) folderEdge.set(`${from} → ${to}`, `${m.source} → ${d.resolved}`);
  }
  folderGraph.set(from, edges);
}
const folderCycles = [];
const knownFound = [];
for (const c of cyclesOf(folderGraph)) {
  const name = c.join(' ⇄ ');
  if (knownFolderCycles.has(name)) {
    knownFound.push(name);
    continue;
  }
  folderCycles.push(c);
  const members = new Set(c);
  const edges = c.flatMap((from) =>
    [...folderGraph.get(from)].filter((to) => members.has(to)).map((to) => folderEdge.get(`${from} → ${to}`)),
  );
  console.error(`✖ folder cycle: ${name} (${edges.join('; ')})`);
}

if (report) {
  console.log('Module graph (one node per module / port):');
  for (const [from, to] of [...graph.entries()].sort()) if (to.size) console.log(`  ${from} → ${[...to].sort().join(', ')}`);
  console.log(cycles.length ? `${cycles.length} module cycle(s)` : 'No module cycles.');
  for (const name of knownFound) console.log(`Known folder cycle, to untangle: ${name}`);
  console.log(folderCycles.length ? `${folderCycles.length} new folder cycle(s)` : 'No new folder cycles.');
}
const files = result.summary.totalCruised;
if (errors.length || cycles.length || folderCycles.length) {
  console.error(
    `Architecture check failed: ${errors.length} rule violation(s), ${cycles.length} module cycle(s), ${folderCycles.length} folder cycle(s) in ${files} files.`,
  );
  process.exit(1);
}
console.log(`Architecture check passed: ${files} files, no rule violations, no module cycles, no new folder cycles.`);
