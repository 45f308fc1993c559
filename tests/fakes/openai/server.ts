/**
 * A local OpenAI-compatible chat-completions server (node:http) speaking the
 * same wire format as OpenAI and vLLM: SSE `chat.completion.chunk`s, a usage
 * chunk when `stream_options.include_usage` is set, `data: [DONE]`, OpenAI
 * error bodies. Tests and benchmarks use it to exercise the real AI SDK
 * client with a set latency, token rate and injected faults.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { synthesizeFromSchema } from './synthesize-from-schema';

export type FakeFaultKind = 'http500' | 'hang' | 'malformed-json' | 'truncated' | 'http429';

export interface FakeFault {
  kind: FakeFaultKind;
  /** How many chat requests the fault applies to; unlimited until cleared when omitted. */
  times?: number;
}

export interface ChatMessage {
  role: string;
  content?: string | Array<{ type: string; text?: string }> | null;
  [key: string]: unknown;
}

export interface ChatCompletionRequestBody {
  model?: string;
  messages?: ChatMessage[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean } | null;
  max_tokens?: number;
  max_completion_tokens?: number;
  response_format?:
    | { type: 'text' }
    | { type: 'json_object' }
    | { type: 'json_schema'; json_schema: { name?: string; schema?: unknown; strict?: boolean; description?: string } };
  [key: string]: unknown;
}

export type FakeResponder = (request: ChatCompletionRequestBody) => string | Promise<string>;

export interface FakeOpenAIOptions {
  /** Model id reported by /v1/models and echoed in completions. */
  model?: string;
  /** Delay before the first content token (streaming) or the whole answer's generation starts. */
  timeToFirstTokenMs?: number;
  /** Per-stream generation rate; unlimited when omitted. */
  tokensPerSecond?: number;
  /** Shared rate across all concurrent streams (one GPU serving many requests); unlimited when omitted. */
  aggregateTokensPerSecond?: number;
  /** When set, requests must carry `Authorization: Bearer <requireApiKey>`. */
  requireApiKey?: string;
  responder?: FakeResponder;
  fault?: FakeFault | null;
  /** Behave like servers that ignore `stream_options` (no usage chunk even when asked). */
  ignoreStreamOptions?: boolean;
  /** Behave like servers without structured outputs: a `json_schema` response_format is a 400. */
  rejectJsonSchema?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body, or the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
  receivedAt: number;
}

export interface FakeOpenAIServer {
  /** Base URL ending in /v1, ready for `createOpenAI({ baseURL })`. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  setOptions(partial: Partial<FakeOpenAIOptions>): void;
  close(): Promise<void>;
}

const DEFAULT_MODEL = 'fake-model';
export const DEFAULT_TEXT_REPLY = 'This is a fake completion from the local OpenAI-compatible test server.';
/** What the malformed-json fault answers: prose, so no JSON repair can rescue it. */
export const MALFORMED_REPLY = 'Sure! Here is the website you asked for, described in words instead of data.';

/** Deterministic "tokenizer": groups of 4 code points (roughly what BPE averages on English). */
export function tokenize(text: string): string[] {
  const codePoints = Array.from(text);
  const tokens: string[] = [];
  for (let i = 0; i < codePoints.length; i += 4) tokens.push(codePoints.slice(i, i + 4).join(''));
  return tokens;
}

export function countPromptTokens(messages: ChatMessage[] | undefined): number {
  let chars = 0;
  for (const message of messages ?? []) {
    const content = message.content;
    if (typeof content === 'string') chars += content.length;
    else if (Array.isArray(content)) {
      for (const part of content) chars += typeof part.text === 'string' ? part.text.length : 0;
    }
  }
  return Math.ceil(chars / 4);
}

export function defaultResponder(request: ChatCompletionRequestBody): string {
  const format = request.response_format;
  if (format?.type === 'json_schema') return JSON.stringify(synthesizeFromSchema(format.json_schema.schema));
  if (format?.type === 'json_object') return JSON.stringify({ message: 'lorem' });
  return DEFAULT_TEXT_REPLY;
}

/**
 * Hands out time slots at a fixed rate. Slots are reserved in arrival order,
 * so concurrent streams sharing one gate interleave fairly. A consumer that
 * wakes up late (timers fire a millisecond or more after their due time) may
 * use slots up to LATE_TOLERANCE_MS in the past, so timer lateness does not
 * pile up into a lower rate; longer idle gaps earn no burst.
 */
const LATE_TOLERANCE_MS = 25;
class RateGate {
  private nextAt = Number.NEGATIVE_INFINITY;
  constructor(private readonly ratePerSecond: number) {}
  reserve(now: number): number {
    const at = Math.max(now - LATE_TOLERANCE_MS, this.nextAt);
    this.nextAt = at + 1000 / this.ratePerSecond;
    return at;
  }
}

function sleepUntil(at: number, isClosed: () => boolean): Promise<void> {
  const delay = at - performance.now();
  // Sub-millisecond waits are skipped: the slot arithmetic keeps the average rate right.
  if (delay < 1 || isClosed()) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, delay));
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

/**
 * Drops the connection mid-response. end() first so the bytes already written
 * reach the client (a real server crash after partial output looks like that),
 * then destroy so the body can never complete.
 */
function cutConnection(res: http.ServerResponse): void {
  const socket = res.socket;
  if (!socket) return;
  socket.end(() => socket.destroy());
}

function openAIError(message: string, type: string, code: string | null): unknown {
  return { error: { message, type, param: null, code } };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeOpenAI(initial: FakeOpenAIOptions = {}): Promise<FakeOpenAIServer> {
  let options: FakeOpenAIOptions = { ...initial };
  let faultRemaining = initial.fault ? (initial.fault.times ?? Number.POSITIVE_INFINITY) : 0;
  let aggregateGate = options.aggregateTokensPerSecond ? new RateGate(options.aggregateTokensPerSecond) : null;
  let completionCounter = 0;
  let closed = false;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  function takeFault(): FakeFaultKind | null {
    if (!options.fault || faultRemaining <= 0) return null;
    faultRemaining -= 1;
    return options.fault.kind;
  }

  async function handleChat(req: http.IncomingMessage, res: http.ServerResponse, body: unknown): Promise<void> {
    if (typeof body !== 'object' || body === null || !Array.isArray((body as ChatCompletionRequestBody).messages)) {
      sendJson(res, 400, openAIError("'messages' is a required property", 'invalid_request_error', null));
      return;
    }
    const request = body as ChatCompletionRequestBody;
    if (options.rejectJsonSchema && request.response_format?.type === 'json_schema') {
      sendJson(res, 400, openAIError("response_format type 'json_schema' is not supported", 'invalid_request_error', null));
      return;
    }
    const fault = takeFault();
    if (fault === 'hang') return; // The socket stays open until the client gives up or close() destroys it.
    if (fault === 'http500') {
      sendJson(res, 500, openAIError('The server had an error while processing your request.', 'server_error', null));
      return;
    }
    if (fault === 'http429') {
      sendJson(res, 429, openAIError('Rate limit reached for requests', 'requests', 'rate_limit_exceeded'), {
        'retry-after': '1',
      });
      return;
    }

    const startedAt = performance.now();
    const model = options.model ?? DEFAULT_MODEL;
    const content = fault === 'malformed-json' ? MALFORMED_REPLY : await (options.responder ?? defaultResponder)(request);
    let tokens = tokenize(content);
    let finishReason: 'stop' | 'length' = 'stop';
    const maxTokens = request.max_completion_tokens ?? request.max_tokens;
    if (typeof maxTokens === 'number' && tokens.length > maxTokens) {
      tokens = tokens.slice(0, maxTokens);
      finishReason = 'length';
    }
    const usage = {
      prompt_tokens: countPromptTokens(request.messages),
      completion_tokens: tokens.length,
      total_tokens: countPromptTokens(request.messages) + tokens.length,
    };
    const id = `chatcmpl-fake-${++completionCounter}`;
    const created = Math.floor(Date.now() / 1000);
    const isGone = () => closed || res.destroyed || req.socket.destroyed;
    const streamGate = options.tokensPerSecond ? new RateGate(options.tokensPerSecond) : null;
    const firstTokenAt = startedAt + (options.timeToFirstTokenMs ?? 0);
    // Snapshot the shared gate so a setOptions() mid-stream does not split one stream across two gates.
    const sharedGate = aggregateGate;

    async function waitForNextToken(): Promise<void> {
      await sleepUntil(firstTokenAt, isGone);
      if (streamGate) await sleepUntil(streamGate.reserve(performance.now()), isGone);
      if (sharedGate) await sleepUntil(sharedGate.reserve(performance.now()), isGone);
    }

    if (!request.stream) {
      const emitCount = fault === 'truncated' ? Math.floor(tokens.length / 2) : tokens.length;
      for (let i = 0; i < emitCount && !isGone(); i++) await waitForNextToken();
      if (isGone()) return;
      const payload = JSON.stringify({
        id,
        object: 'chat.completion',
        created,
        model,
        system_fingerprint: 'fp_fake',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: tokens.join(''), refusal: null },
            logprobs: null,
            finish_reason: finishReason,
          },
        ],
        usage,
      });
      if (fault === 'truncated') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
        res.write(payload.slice(0, Math.floor(payload.length / 2)));
        cutConnection(res);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
      res.end(payload);
      return;
    }

    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    res.flushHeaders();
    const includeUsage = request.stream_options?.include_usage === true && !options.ignoreStreamOptions;
    const chunk = (delta: Record<string, unknown>, finish: string | null) => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      system_fingerprint: 'fp_fake',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      // OpenAI sends `usage: null` on every chunk when usage was requested.
      ...(includeUsage ? { usage: null } : {}),
    });
    const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);

    const truncateAfter = fault === 'truncated' ? Math.floor(tokens.length / 2) : Number.POSITIVE_INFINITY;
    for (let i = 0; i < tokens.length; i++) {
      await waitForNextToken();
      if (isGone()) return;
      if (i >= truncateAfter) {
        cutConnection(res);
        return;
      }
      send(chunk(i === 0 ? { role: 'assistant', content: tokens[i], refusal: null } : { content: tokens[i] }, null));
    }
    if (tokens.length === 0) {
      await sleepUntil(firstTokenAt, isGone);
      if (isGone()) return;
      send(chunk({ role: 'assistant', content: '', refusal: null }, null));
    }
    send(chunk({}, finishReason));
    if (includeUsage) send({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: 'fp_fake', choices: [], usage });
    res.end('data: [DONE]\n\n');
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    let body: unknown = undefined;
    if (rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = rawBody;
      }
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body, receivedAt: Date.now() });

    if (options.requireApiKey !== undefined && req.headers.authorization !== `Bearer ${options.requireApiKey}`) {
      sendJson(res, 401, openAIError('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'));
      return;
    }
    if (req.method === 'GET' && path === '/v1/models') {
      sendJson(res, 200, {
        object: 'list',
        data: [{ id: options.model ?? DEFAULT_MODEL, object: 'model', created: 1_700_000_000, owned_by: 'fake' }],
      });
      return;
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      if (typeof body === 'string') {
        sendJson(res, 400, openAIError('We could not parse the JSON body of your request.', 'invalid_request_error', null));
        return;
      }
      await handleChat(req, res, body);
      return;
    }
    sendJson(res, 404, openAIError(`Unknown request URL: ${req.method} ${path}`, 'invalid_request_error', 'unknown_url'));
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        sendJson(res, 500, openAIError(error instanceof Error ? error.message : String(error), 'server_error', null));
      } else {
        res.destroy();
      }
    });
  });
  // Node closes a kept-alive socket after 5 idle seconds; a client that reuses it at that moment
  // gets ECONNRESET ("No output generated"). A loaded CI machine can starve a test that long
  // between calls, so the stand-in keeps its sockets until close() destroys them.
  server.keepAliveTimeout = 10 * 60_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    setOptions(partial) {
      options = { ...options, ...partial };
      if ('fault' in partial) faultRemaining = partial.fault ? (partial.fault.times ?? Number.POSITIVE_INFINITY) : 0;
      if ('aggregateTokensPerSecond' in partial) {
        aggregateGate = options.aggregateTokensPerSecond ? new RateGate(options.aggregateTokensPerSecond) : null;
      }
    },
    close() {
      closed = true;
      // Hanging and streaming responses keep sockets open; destroy them so close() resolves now.
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
