/**
 * The architecture, as rules the test command checks (`npm run lint:architecture`):
 *  - a module never reads another module's tables: it calls that module's exported functions
 *    (no import of another module's schema.ts);
 *  - a module's internals (its subfolders, but for `ui/`) are its own;
 *  - the ports in src/lib know nothing of the modules or the jobs that use them;
 *  - modules don't reach into the job definitions (jobs wire modules, not the other way round);
 *  - no import cycles, between files, between modules and between folders
 *    (scripts/check-architecture.mjs checks the module and folder graphs on top of these file rules).
 * Test files may reach anywhere: they drive modules from the outside.
 */
const notTests = '(\\.test\\.tsx?$|/testing/|/test-helpers/|/fixtures/)';

module.exports = {
  forbidden: [
    {
      name: 'no-other-modules-tables',
      comment: "A module reads its own tables only; for another module's data, call its exported functions.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: notTests },
      to: { path: '^src/modules/([^/]+)/schema\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'no-other-modules-internals',
      comment: "Another module's subfolders (engine/, offline/, sections/ …) are its internals; import its root files or ui/.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: notTests },
      to: { path: '^src/modules/([^/]+)/(?!ui/)[^/]+/', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'lib-knows-no-modules',
      comment: 'Ports and adapters (src/lib) are used by modules and never depend on them.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: notTests },
      to: { path: '^(src/modules/|src/app/|inngest/functions/)' },
    },
    {
      name: 'modules-do-not-import-jobs',
      comment: 'Job definitions (inngest/functions) call modules; modules send events from the catalog (inngest/client.ts).',
      severity: 'error',
      from: { path: '^src/(modules|lib)/' },
      to: { path: '^inngest/functions/' },
    },
    {
      name: 'no-app-from-domain',
      comment: 'Routes use modules; modules never import routes.',
      severity: 'error',
      from: { path: '^(src/modules|src/lib|inngest)/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles hide a missing seam (and broke lazy imports before).',
      severity: 'error',
      from: { pathNot: notTests },
      to: { circular: true, pathNot: notTests },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^node_modules|^\\.next|^\\.data)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
