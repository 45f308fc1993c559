/**
 * A strict parser of the Prometheus text exposition format (version 0.0.4), for tests that read
 * /api/metrics as Prometheus would rather than matching strings. The npm parsers found here
 * (parse-prometheus-text-format 1.1.1) drop the labels and counts of labelled histograms.
 *
 * Every line must be a comment, a `# HELP`/`# TYPE` line or a sample `name{label="value",…} value
 * [timestamp]`; anything else throws, so a malformed exposition fails the test.
 */
export type Sample = { name: string; labels: Record<string, string>; value: number };
export type Family = { name: string; type: string; help: string; samples: Sample[] };

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(,|$)/y;

function parseValue(text: string): number {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return NaN;
  const value = Number(text);
  if (text === '' || Number.isNaN(value)) throw new Error(`not a sample value: ${text}`);
  return value;
}

function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < text.length) {
    const match = LABEL.exec(text);
    if (!match) throw new Error(`malformed labels: {${text}}`);
    labels[match[1]!] = match[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
  }
  return labels;
}

function parseSample(line: string): Sample {
  const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/.exec(line);
  if (!match) throw new Error(`not a sample line: ${line}`);
  return { name: match[1]!, labels: match[2] ? parseLabels(match[2]) : {}, value: parseValue(match[3]!) };
}

/** The families by name; a histogram's `_bucket`, `_sum` and `_count` samples belong to it. */
export function parsePrometheusText(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const family = (name: string) => {
    let found = families.get(name);
    if (!found) families.set(name, (found = { name, type: 'untyped', help: '', samples: [] }));
    return found;
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const meta = /^#\s+(HELP|TYPE)\s+(\S+)\s*(.*)$/.exec(line);
    if (meta) {
      if (!NAME.test(meta[2]!)) throw new Error(`bad metric name: ${meta[2]}`);
      if (meta[1] === 'HELP') family(meta[2]!).help = meta[3]!;
      else family(meta[2]!).type = meta[3]!;
      continue;
    }
    if (line.startsWith('#')) continue;
    const sample = parseSample(line);
    const base = sample.name.replace(/_(bucket|sum|count)$/, '');
    const owner =
      families.get(sample.name) ??
      (families.get(base)?.type === 'histogram' || families.get(base)?.type === 'summary' ? families.get(base) : undefined);
    if (!owner) throw new Error(`sample without a declared family: ${sample.name}`);
    owner.samples.push(sample);
  }
  return families;
}

/** The samples of `name` (a family's own name, or `<histogram>_count` …) whose labels include `labels`. */
export function samplesOf(families: Map<string, Family>, name: string, labels: Record<string, string> = {}): Sample[] {
  const base = name.replace(/_(bucket|sum|count)$/, '');
  const owner = families.get(name) ?? families.get(base);
  return (owner?.samples ?? []).filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
}
