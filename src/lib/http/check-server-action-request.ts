import { decodeUtf8, readCappedBody } from './read-capped-body';
import { isSameOriginRequest } from './same-origin';
import { SERVER_ACTION_BODY_LIMIT_BYTES } from './server-action-limits';
import { MAX_INPUT_DEPTH } from './unsafe-input';

// Next decodes a server-action request (React's reply format) before any of our code runs, and
// answers 500 for everything that goes wrong there: a body over `bodySizeLimit` (its 413 is
// caught and turned into a 500), an Origin from another host, a body that is not UTF-8, not
// JSON, nested deep enough to overflow the decoder's stack, or a reference to a part that is not
// there. The proxy runs this first (src/proxy.ts) and answers those with a 4xx instead.
//
// Only the part of React's reply format our pages produce is let through: plain JSON values,
// escaped strings (`$$…`), undefined / Infinity / NaN / -0, dates, bigints, and references to
// parts of the same multipart body (FormData, maps, sets, blobs, repeated objects).
// Server references, temporary references, typed arrays and streams are never arguments of our
// actions; a body naming one is refused here rather than handed to the decoder.

export type ServerActionVerdict = { status: 400 | 403 | 413; reason: string } | null;

/**
 * Whether Next may treat this request as a server action (its own test, action-handler.js). Route
 * handlers (`/api/…`) never run actions, and check their own requests (guardMutation).
 */
export function isPossibleServerAction(request: Request): boolean {
  if (request.method !== 'POST' || new URL(request.url).pathname.startsWith('/api/')) return false;
  return request.headers.has('next-action') || isMultipart(request);
}

function isMultipart(request: Request): boolean {
  return request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data') ?? false;
}

/** Null when Next may decode the request; otherwise the status to answer with, before Next sees it. */
export async function checkServerActionRequest(request: Request, appUrl: string): Promise<ServerActionVerdict> {
  if (!isSameOriginRequest(request, appUrl)) return { status: 403, reason: 'cross-origin server action request' };
  const bytes = await readCappedBody(request, SERVER_ACTION_BODY_LIMIT_BYTES).catch(() => null);
  if (bytes === 'too-large') return { status: 413, reason: 'server action body too large' };
  if (bytes === null) return { status: 400, reason: 'unreadable body' };

  if (isMultipart(request)) {
    const form = await new Response(bytes, { headers: { 'content-type': request.headers.get('content-type') ?? '' } })
      .formData()
      .catch(() => null);
    if (!form) return { status: 400, reason: 'malformed multipart body' };
    // A multipart post without Next-Action is a form submitted before the page's script ran
    // (Next decodes `$ACTION_…` fields itself) or not an action at all: well-formed is enough.
    if (!request.headers.has('next-action')) return null;
    const parts = new Map<string, string | File>();
    for (const [key, value] of form.entries()) if (/^\d+$/.test(key)) parts.set(key, value);
    return checkReply(parts);
  }
  if (!request.headers.has('next-action')) return null;
  const text = decodeUtf8(bytes);
  if (text === null) return { status: 400, reason: 'server action body is not UTF-8' };
  // A reply with no outlined parts is sent as a string: React reads it as part 0.
  return checkReply(new Map([['0', text]]));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Our actions take one or two arguments; a reply of more parts than this is not from our pages,
// and chains of references between many parts make the decoder recurse once per link.
const MAX_PARTS = 64;

function checkReply(parts: Map<string, string | File>): ServerActionVerdict {
  if (parts.size > MAX_PARTS) return { status: 400, reason: 'server action reply with too many parts' };
  if (!parts.has('0')) return { status: 400, reason: 'server action reply without a root' };
  const models = new Map<string, Json>();
  for (const [id, part] of parts) {
    if (typeof part !== 'string') continue; // a blob part, checked where it is referenced
    try {
      models.set(id, JSON.parse(part) as Json);
    } catch {
      return { status: 400, reason: `server action part ${id} is not JSON` };
    }
  }
  if (!models.has('0')) return { status: 400, reason: 'server action root is not JSON' };
  for (const [id, model] of models) {
    const problem = checkModel(model, parts, models);
    if (problem) return { status: 400, reason: `server action part ${id}: ${problem}` };
  }
  return null;
}

const LITERAL = /^\$(\$|undefined$|Infinity$|-Infinity$|NaN$|-0$|D|n-?\d{1,300}$)/;
// `$K` FormData, `$Q` map, `$W` set, `$B` blob: a part's id in hex. (No promises `$@` or
// iterables `$i`: no action of ours takes one, and a promise of itself is a decoder error.)
const PART = /^\$([KQWB])([0-9a-f]+)$/;
// A model part or an object already written (`$0:items:2`): hex id, then a path inside it.
const MODEL = /^\$([0-9a-f]+)((?::[^:]*)*)$/;

/** The first problem with one decoded part, or null. Iterative: depth is what it limits. */
function checkModel(root: Json, parts: Map<string, string | File>, models: Map<string, Json>): string | null {
  const stack: Array<{ value: Json; depth: number }> = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = value.startsWith('$') ? checkToken(value, parts, models) : null;
      if (problem) return problem;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return 'nested too deep';
    for (const item of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: item, depth: depth + 1 });
  }
  return null;
}

function checkToken(token: string, parts: Map<string, string | File>, models: Map<string, Json>): string | null {
  if (LITERAL.test(token)) return null;
  const part = PART.exec(token);
  if (part) {
    const [, kind, hex] = part;
    if (kind === 'K') return null; // a FormData argument: its fields are any text
    const id = String(parseInt(hex!, 16));
    if (kind === 'B') return parts.get(id) instanceof File ? null : `missing blob ${token}`;
    if (!models.has(id)) return `missing part ${token}`;
    const target = models.get(id);
    // A map is built from [key, value] pairs, a set from an array: anything else throws.
    if (kind === 'Q')
      return Array.isArray(target) && target.every((e) => Array.isArray(e) && e.length === 2) ? null : `not map entries ${token}`;
    return Array.isArray(target) ? null : `not a list ${token}`;
  }
  const model = MODEL.exec(token);
  if (model) {
    let target: Json | undefined = models.get(String(parseInt(model[1]!, 16)));
    for (const key of model[2]!.split(':').slice(1)) {
      target =
        target !== null && typeof target === 'object' && Object.hasOwn(target, key) ? (target as Record<string, Json>)[key] : undefined;
    }
    return target === undefined ? `dangling reference ${token}` : null;
  }
  return `unsupported reference ${token.slice(0, 24)}`;
}
