import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// Helper of client-namespaces.test.ts: which catalogue namespaces the client components under
// each area of src/app translate with, found by reading the code (no build). From every route file
// of an area (pages, layouts, error and not-found files; not route handlers), imports are followed;
// a file with 'use client' and everything it imports runs in the browser, and only there do
// translators read the messages the area's provider sends. A 'use server' file is a boundary (the
// browser gets a reference to the action, not its code), and so is a type-only import.

export type Usage = {
  /** A namespace or a whole key the client side of the area needs (`editor.pages`, `dashboard.renamed`). */
  need: string;
  /** Repository-relative file that needs it, and why. */
  file: string;
  how: string;
};

export type AreaScan = { area: string; clientFiles: string[]; usages: Usage[] };

const SOURCE_EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js', '.mjs'];
const ROUTE_FILE = /^(page|layout|template|error|not-found|loading|default|forbidden|unauthorized)\.(tsx|ts|jsx|js)$/;

function directiveOf(source: ts.SourceFile): 'client' | 'server' | null {
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    if (statement.expression.text === 'use client') return 'client';
    if (statement.expression.text === 'use server') return 'server';
  }
  return null;
}

/** `@/x`, `~inngest/x`, `@tests/x` and relative specifiers to a file in the repository; packages → null. */
function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(root, 'src', specifier.slice(2));
  else if (specifier.startsWith('~inngest/')) base = path.join(root, 'inngest', specifier.slice('~inngest/'.length));
  else if (specifier.startsWith('@tests/')) base = path.join(root, 'tests', specifier.slice('@tests/'.length));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return null;
  const candidates = [
    base,
    ...SOURCE_EXTENSIONS.map((ext) => base + ext),
    ...SOURCE_EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
  ];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile() && SOURCE_EXTENSIONS.includes(path.extname(file))) ?? null;
}

type ParsedFile = { directive: 'client' | 'server' | null; imports: string[]; source: ts.SourceFile };

const parsedCache = new Map<string, ParsedFile>();

function parseFile(root: string, file: string): ParsedFile {
  const cached = parsedCache.get(file);
  if (cached) return cached;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const isTypeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings)
          ? clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly)
          : false);
      if (!isTypeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const imports = specifiers.map((specifier) => resolveSpecifier(root, file, specifier)).filter((file): file is string => file !== null);
  const parsed = { directive: directiveOf(source), imports, source };
  parsedCache.set(file, parsed);
  return parsed;
}

function isKeyOrNamespace(catalog: object, dotted: string): boolean {
  let node: unknown = catalog;
  for (const part of dotted.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/** What one browser-side file needs from the catalogue. */
function usagesOf(root: string, file: string, catalog: object): Usage[] {
  const { source } = parseFile(root, file);
  const relative = path.relative(root, file);
  const usages: Usage[] = [];
  let hasRootTranslator = false;
  const literals: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const name = node.expression.text;
      if (name === 'useTranslations') {
        const [argument] = node.arguments;
        if (!argument) hasRootTranslator = true;
        else if (ts.isStringLiteralLike(argument))
          usages.push({ need: argument.text, file: relative, how: `useTranslations('${argument.text}')` });
        else
          usages.push({
            need: '<dynamic>',
            file: relative,
            how: `useTranslations(${argument.getText(source)}): name the namespace literally`,
          });
      } else if (name === 'useMessages') {
        usages.push({ need: '<all>', file: relative, how: 'useMessages() reads the whole catalogue' });
      }
    }
    if (ts.isStringLiteralLike(node)) literals.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  // A whole key written anywhere in a browser-side file (`t('dashboard.renamed')` under a root
  // translator, `'publish.check.altTextError'` in a table of check messages) is read in the browser.
  for (const literal of new Set(literals)) {
    if (literal.includes('.') && isKeyOrNamespace(catalog, literal)) usages.push({ need: literal, file: relative, how: `'${literal}'` });
  }
  if (hasRootTranslator && !usages.some((usage) => !usage.how.startsWith('useTranslations'))) {
    usages.push({ need: '<unknown>', file: relative, how: 'useTranslations() with no whole key written in the file' });
  }
  return usages;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'api' ? [] : routeFiles(file);
    return ROUTE_FILE.test(name) ? [file] : [];
  });
}

/**
 * For each area (a folder under src/app whose layout gives its subtree a provider; `src/app` is the
 * root), the browser-side files its route files reach and what they need. A route file belongs to
 * the deepest area folder that holds it.
 */
export function scanAreas(root: string, areaDirs: Record<string, string>, catalog: object): AreaScan[] {
  const appDir = path.join(root, 'src', 'app');
  const areas = Object.entries(areaDirs).map(([area, dir]) => ({ area, dir: path.join(root, dir) }));
  const areaOf = (file: string) =>
    areas.filter(({ dir }) => file.startsWith(dir + path.sep)).sort((a, b) => b.dir.length - a.dir.length)[0]?.area;
  const entries = new Map<string, string[]>(areas.map(({ area }) => [area, []]));
  for (const file of routeFiles(appDir)) {
    const area = areaOf(file);
    if (area) entries.get(area)!.push(file);
  }
  return areas.map(({ area }) => {
    const clientFiles = new Set<string>();
    const seen = new Set<string>();
    const queue: Array<{ file: string; isClient: boolean }> = entries.get(area)!.map((file) => ({ file, isClient: false }));
    while (queue.length) {
      const { file, isClient: inherited } = queue.pop()!;
      const { directive, imports } = parseFile(root, file);
      if (directive === 'server') continue;
      const isClient = inherited || directive === 'client';
      const key = `${isClient ? 'c' : 's'}:${file}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (isClient) clientFiles.add(file);
      for (const imported of imports) queue.push({ file: imported, isClient });
    }
    const files = [...clientFiles].sort();
    return {
      area,
      clientFiles: files.map((file) => path.relative(root, file)),
      usages: files.flatMap((file) => usagesOf(root, file, catalog)),
    };
  });
}

/** Whether `namespaces` (what an area's provider sends) hold `need`: the same path or one of its parents. */
export function isCovered(need: string, namespaces: readonly string[]): boolean {
  return namespaces.some((namespace) => need === namespace || need.startsWith(`${namespace}.`));
}
