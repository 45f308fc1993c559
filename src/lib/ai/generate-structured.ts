/**
 * One structured generation through the provider chain (vLLM → OpenAI →
 * offline). Each remote attempt streams a chat completion whose request
 * carries `response_format: json_schema` (vLLM turns that into guided
 * decoding; OpenAI into structured outputs), reports the text as it arrives,
 * then parses, repairs and validates it with the caller's zod schema.
 *
 * Failure policy, per provider:
 *   - invalid output, 5xx, dropped connection → one retry, then next provider;
 *   - timeouts, 429, other 4xx → next provider at once (a hung or overloaded
 *     server will not get better within this request, and a 4xx is config);
 *   - caller abort → GenerationAbortedError immediately, no fallback: the
 *     user left, spending another provider's tokens helps nobody.
 */
import { createOpenAI, type OpenAILanguageModelChatOptions } from '@ai-sdk/openai';
import { APICallError, asSchema, streamText, wrapLanguageModel, type LanguageModelUsage } from 'ai';
import type { z } from 'zod';
import type { ProviderConfig, ProviderKind, RemoteProviderConfig } from './providers';
import { boundedLabel, getMetrics } from '@/lib/metrics';
import { parseLenientJson } from '@/lib/lenient-json';
import { withSpan } from '@/lib/telemetry/with-span';
import { currentAiCallScope } from './ai-call-scope';
import { estimateCostUsd } from './model-prices';
import type { PromptTemplate } from './prompt-template';
import { currentTraceId, endpointHost, recordAiCallsSafely, type AiCallRecord } from './record-ai-calls';

export type AttemptErrorCode =
  | 'first-token-timeout'
  | 'timeout'
  | 'rate-limited'
  | 'http-error'
  | 'server-error'
  | 'network-error'
  | 'invalid-output'
  | 'offline-failed';

export interface GenerationAttempt {
  provider: ProviderKind;
  model: string;
  durationMs: number;
  error?: { code: AttemptErrorCode; message: string };
}

export interface GenerationUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface PartialTextInfo {
  provider: ProviderKind;
  model: string;
  /** 1-based across the whole call; a new number means the text restarted. */
  attempt: number;
  delta: string;
}

export interface GenerateStructuredInput<T> {
  chain: readonly ProviderConfig[];
  /** The prompt template's name and version, recorded with every call (ai_calls). */
  template: PromptTemplate;
  schema: z.ZodType<T>;
  /** Sent as json_schema.name; OpenAI requires ^[a-zA-Z0-9_-]{1,64}$. */
  jsonSchemaName: string;
  jsonSchemaDescription?: string;
  system: string;
  prompt: string;
  maxOutputTokens: number;
  /** Limit for one attempt, from request to last token. */
  timeoutMs: number;
  /** No text within this many ms → next provider. Defaults to min(timeoutMs, 15 s). */
  firstTokenTimeoutMs?: number;
  abortSignal?: AbortSignal;
  /** Called with the accumulated text of the current attempt. */
  onPartialText?: (text: string, info: PartialTextInfo) => void;
  /** Last chance to fix a parsed value that fails the schema; return null to give up. */
  repair?: (value: unknown) => T | null;
  offline: () => Promise<T> | T;
  temperature?: number;
  /**
   * OpenAI's strict structured outputs need every property required and no
   * open objects; pass false for schemas with optional fields. vLLM enforces
   * the schema through guided decoding either way.
   */
  strictJsonSchema?: boolean;
  /** Attempts per remote provider; default 2 (one retry). */
  maxAttemptsPerProvider?: number;
}

export interface GenerateStructuredResult<T> {
  value: T;
  provider: ProviderKind;
  model: string;
  usage: GenerationUsage;
  /** 'provider' when the endpoint reported usage, 'estimated' when we counted ~4 chars per token. */
  usageSource: 'provider' | 'estimated' | 'none';
  attempts: GenerationAttempt[];
}

/** The caller aborted. Named AbortError so generic abort checks recognise it. */
export class GenerationAbortedError extends Error {
  override name = 'AbortError';
  constructor(
    readonly attempts: GenerationAttempt[],
    options?: { cause?: unknown },
  ) {
    super('Generation aborted by the caller.', options);
  }
}

/** Every provider in the chain failed (only possible when offline fails or is missing). */
export class GenerationFailedError extends Error {
  override name = 'GenerationFailedError';
  constructor(readonly attempts: GenerationAttempt[]) {
    super(`All providers failed: ${attempts.map((a) => `${a.provider}(${a.error?.code ?? 'ok'})`).join(', ') || 'empty chain'}`);
  }
}

const OFFLINE_MODEL = 'offline-composer';
const RETRYABLE: ReadonlySet<AttemptErrorCode> = new Set(['invalid-output', 'server-error', 'network-error']);

type AttemptOutcome<T> =
  | { ok: true; value: T; usage: GenerationUsage; usageSource: 'provider' | 'estimated' }
  | {
      ok: false;
      code: AttemptErrorCode;
      message: string;
      /** What the attempt spent, when known: a full answer that failed validation was paid for all the same. */
      spent?: { usage: GenerationUsage; usageSource: 'provider' | 'estimated' };
    };

function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function classifyError(error: unknown): { code: AttemptErrorCode; message: string } {
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    const message = `HTTP ${status ?? '?'}: ${error.message}`;
    if (status === 429) return { code: 'rate-limited', message };
    if (status !== undefined && status >= 500) return { code: 'server-error', message };
    if (status !== undefined && status >= 400) return { code: 'http-error', message };
    // A 200 whose body broke off (connection dropped mid-stream) lands here.
    return { code: 'network-error', message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'network-error', message };
}

async function validate<T>(
  schema: z.ZodType<T>,
  text: string,
  repair: ((value: unknown) => T | null) | undefined,
): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  const parsed = parseLenientJson(text);
  if (!parsed.ok) return { ok: false, message: `not JSON (${parsed.reason})` };
  const checked = await schema.safeParseAsync(parsed.value);
  if (checked.success) return { ok: true, value: checked.data };
  if (repair) {
    const repaired = repair(parsed.value);
    if (repaired !== null) {
      // The hook's output is validated too: it is a best effort over model data.
      const rechecked = await schema.safeParseAsync(repaired);
      if (rechecked.success) return { ok: true, value: rechecked.data };
    }
  }
  const issues = checked.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, message: `schema mismatch: ${issues}` };
}

function throwIfAborted(signal: AbortSignal | undefined, attempts: GenerationAttempt[]): void {
  if (signal?.aborted) throw new GenerationAbortedError(attempts, { cause: signal.reason });
}

/**
 * Endpoints (base URL + model) that refused `response_format: json_schema` in this process —
 * an OpenAI-compatible server without structured outputs (an older llama.cpp or Ollama, some
 * gateways). They are asked for JSON in the prompt instead, and the answer goes through the
 * same lenient parse, repair and schema check; remembered so each call does not pay a refusal.
 */
const withoutJsonSchema = new Set<string>();
const endpointKey = (provider: RemoteProviderConfig) => `${provider.baseURL ?? 'openai'}|${provider.model}`;

/** A 4xx that says the server does not do structured outputs (as opposed to a bad key or a bad prompt). */
function refusesJsonSchema(outcome: { code: AttemptErrorCode; message: string }): boolean {
  return outcome.code === 'http-error' && /response_format|json_schema|structured output|grammar/i.test(outcome.message);
}

type OutputMode = 'json-schema' | 'prompted-json';

async function runRemoteAttempt<T>(
  provider: RemoteProviderConfig,
  input: GenerateStructuredInput<T>,
  attemptNumber: number,
  mode: OutputMode,
  timing: { firstContentAt?: number },
): Promise<AttemptOutcome<T>> {
  const controller = new AbortController();
  // Set from timer and callback closures; a holder object keeps TypeScript from
  // narrowing these to their initial null value in the code below.
  const state: {
    timedOut: { code: 'first-token-timeout' | 'timeout'; message: string } | null;
    callbackError: { error: unknown } | null;
  } = { timedOut: null, callbackError: null };
  const callerSignal = input.abortSignal;
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', forwardAbort, { once: true });

  const firstTokenTimeoutMs = input.firstTokenTimeoutMs ?? Math.min(input.timeoutMs, 15_000);
  const totalTimer = setTimeout(() => {
    state.timedOut ??= { code: 'timeout', message: `not finished within ${input.timeoutMs} ms` };
    controller.abort();
  }, input.timeoutMs);
  const firstTokenTimer = setTimeout(() => {
    state.timedOut ??= { code: 'first-token-timeout', message: `no output within ${firstTokenTimeoutMs} ms` };
    controller.abort();
  }, firstTokenTimeoutMs);

  try {
    const openai = createOpenAI({
      baseURL: provider.baseURL,
      // vLLM without --api-key accepts any bearer token; the SDK insists on one
      // (it would otherwise read OPENAI_API_KEY from the environment and send
      // our OpenAI key to the vLLM host).
      apiKey: provider.apiKey ?? 'EMPTY',
      name: provider.kind,
    });
    // How the JSON Schema reaches the wire: a LanguageModelV3 call with
    // responseFormat { type: 'json', schema, name } makes @ai-sdk/openai's chat
    // model send response_format { type: 'json_schema', json_schema: { name,
    // schema, strict } } — vLLM turns that into guided decoding. Output.object()
    // sets the same responseFormat, but it also re-parses the whole partial
    // JSON on every delta and coalesces deltas (quadratic in document length);
    // we only need the raw text, so we set responseFormat with a middleware and
    // parse once at the end.
    const jsonSchema = await asSchema(input.schema).jsonSchema;
    const chat = openai.chat(provider.model);
    const model =
      mode === 'json-schema'
        ? wrapLanguageModel({
            model: chat,
            middleware: {
              specificationVersion: 'v3',
              transformParams: async ({ params }) => ({
                ...params,
                responseFormat: {
                  type: 'json',
                  schema: jsonSchema,
                  name: input.jsonSchemaName,
                  ...(input.jsonSchemaDescription !== undefined ? { description: input.jsonSchemaDescription } : {}),
                },
              }),
            },
          })
        : chat;
    // Without guided decoding the model only has the prompt to go by: give it the schema.
    const system =
      mode === 'json-schema'
        ? input.system
        : `${input.system}\n\nAnswer with one JSON object and nothing else (no prose, no code fence), valid against this JSON Schema:\n${JSON.stringify(jsonSchema)}`;
    const result = streamText({
      model,
      system,
      prompt: input.prompt,
      maxOutputTokens: input.maxOutputTokens,
      temperature: input.temperature,
      // Retries are ours (with fallback); the SDK's backoff would stall the chain.
      maxRetries: 0,
      abortSignal: controller.signal,
      providerOptions: {
        openai: { strictJsonSchema: input.strictJsonSchema ?? true } satisfies OpenAILanguageModelChatOptions,
      },
      // Errors arrive as stream parts and are classified below; no console noise.
      onError: () => {},
    });

    let text = '';
    let usage: LanguageModelUsage | undefined;
    let finished = false;
    let finishReason: string | undefined;
    let streamError: unknown = undefined;
    for await (const part of result.fullStream) {
      if (part.type === 'text-delta') {
        if (part.text.length === 0) continue;
        clearTimeout(firstTokenTimer);
        timing.firstContentAt ??= performance.now();
        text += part.text;
        if (input.onPartialText) {
          try {
            input.onPartialText(text, { provider: provider.kind, model: provider.model, attempt: attemptNumber, delta: part.text });
          } catch (error) {
            // A failing callback is the caller's bug, not the provider's: stop and rethrow it.
            state.callbackError = { error };
            controller.abort();
          }
        }
      } else if (part.type === 'finish') {
        finished = true;
        finishReason = part.finishReason;
        usage = part.totalUsage;
      } else if (part.type === 'error') {
        streamError = part.error;
      }
    }

    if (state.callbackError) throw state.callbackError.error;
    if (callerSignal?.aborted) return { ok: false, code: 'network-error', message: 'aborted' };
    if (state.timedOut) return { ok: false, ...state.timedOut };
    if (streamError !== undefined) return { ok: false, ...classifyError(streamError) };
    if (!finished) return { ok: false, code: 'network-error', message: 'stream ended without a finish event' };

    // The answer came in full: what it cost is known (or estimated) whether or not it validates.
    const spent = usageOfFullAnswer(usage, input, text);
    const checked = await validate(input.schema, text, input.repair);
    if (!checked.ok) {
      const hint = finishReason === 'length' ? ` (output cut at maxOutputTokens=${input.maxOutputTokens})` : '';
      return { ok: false, code: 'invalid-output', message: checked.message + hint, spent };
    }
    return { ok: true, value: checked.value, ...spent };
  } catch (error) {
    if (state.callbackError) throw state.callbackError.error;
    // The caller turns this into GenerationAbortedError; no fallback happens.
    if (callerSignal?.aborted) return { ok: false, code: 'network-error', message: 'aborted' };
    if (state.timedOut) return { ok: false, ...state.timedOut };
    return { ok: false, ...classifyError(error) };
  } finally {
    clearTimeout(totalTimer);
    clearTimeout(firstTokenTimer);
    callerSignal?.removeEventListener('abort', forwardAbort);
  }
}

/** The endpoint's usage of a finished answer; ~4 characters a token for what it did not report. */
function usageOfFullAnswer(
  usage: LanguageModelUsage | undefined,
  input: Pick<GenerateStructuredInput<unknown>, 'system' | 'prompt'>,
  text: string,
): { usage: GenerationUsage; usageSource: 'provider' | 'estimated' } {
  const inputTokens = usage?.inputTokens;
  const outputTokens = usage?.outputTokens;
  if (inputTokens !== undefined && outputTokens !== undefined) return { usage: { inputTokens, outputTokens }, usageSource: 'provider' };
  return {
    usage: {
      inputTokens: inputTokens ?? estimateTokens(input.system + input.prompt),
      outputTokens: outputTokens ?? estimateTokens(text),
    },
    usageSource: 'estimated',
  };
}

/** Model-call metrics: latency to first content and to the end, tokens, by model (a label from configuration, bounded). */
function observeAttempt(model: string, outcome: AttemptOutcome<unknown>, durationMs: number, firstContentMs: number | undefined): void {
  const metrics = getMetrics();
  const label = boundedLabel(model);
  metrics.aiDuration.observe({ model: label, outcome: outcome.ok ? 'ok' : outcome.code }, durationMs / 1000);
  if (firstContentMs !== undefined) metrics.aiFirstToken.observe({ model: label }, firstContentMs / 1000);
  if (outcome.ok) {
    metrics.aiTokens.inc({ model: label, direction: 'input' }, outcome.usage.inputTokens);
    metrics.aiTokens.inc({ model: label, direction: 'output' }, outcome.usage.outputTokens);
  }
}

type CallRecord = Omit<AiCallRecord, 'projectId' | 'generationId'>;

/**
 * Every model call is recorded here, the one path all of them take: each remote attempt, and the
 * offline composer when it answered after a remote provider failed (so a fallback to it shows).
 * Recorded only inside an AiCallScope (the tenant it was for); written after the call, whatever its
 * end, and a failed write never costs the caller its result (recordAiCallsSafely logs it).
 */
export async function generateStructured<T>(input: GenerateStructuredInput<T>): Promise<GenerateStructuredResult<T>> {
  // One span per call (a child of the generation's or the request's): named after the prompt
  // template, with OpenTelemetry's gen_ai attributes that trace viewers such as Langfuse read.
  const attributes = {
    'gen_ai.operation.name': 'chat',
    'pm.prompt.template': input.template.name,
    'pm.prompt.version': input.template.version,
  };
  return withSpan(`ai.${input.template.name}`, attributes, async (span) => {
    const scope = currentAiCallScope();
    const records: CallRecord[] = [];
    try {
      const result = await runChain(input, scope ? { rows: records, traceId: currentTraceId(scope) } : null);
      span.setAttributes({
        'gen_ai.system': result.provider,
        'gen_ai.request.model': result.model,
        'gen_ai.usage.input_tokens': result.usage.inputTokens,
        'gen_ai.usage.output_tokens': result.usage.outputTokens,
        'pm.ai.attempts': result.attempts.length,
        'pm.ai.fallback_step': input.chain.findIndex(
          (p) => p.kind === result.provider && (p.kind === 'offline' || p.model === result.model),
        ),
      });
      return result;
    } finally {
      if (scope && records.length > 0) await recordAiCallsSafely(scope, records);
    }
  });
}

async function runChain<T>(
  input: GenerateStructuredInput<T>,
  recording: { rows: CallRecord[]; traceId: string } | null,
): Promise<GenerateStructuredResult<T>> {
  const records = recording?.rows;
  const record = (row: Omit<CallRecord, 'traceId' | 'templateName' | 'templateVersion'>) => {
    if (recording)
      recording.rows.push({
        ...row,
        traceId: recording.traceId,
        templateName: input.template.name,
        templateVersion: input.template.version,
      });
  };
  const attempts: GenerationAttempt[] = [];
  const maxAttempts = Math.max(1, input.maxAttemptsPerProvider ?? 2);
  let attemptNumber = 0;

  for (const [fallbackStep, provider] of input.chain.entries()) {
    throwIfAborted(input.abortSignal, attempts);

    if (provider.kind === 'offline') {
      const startedAt = performance.now();
      try {
        const value = await input.offline();
        throwIfAborted(input.abortSignal, attempts);
        // The offline composer is our code, but validating keeps one contract for every provider.
        const checked = await input.schema.safeParseAsync(value);
        if (!checked.success) throw new Error(`offline value fails the schema: ${checked.error.issues[0]?.message ?? ''}`);
        attempts.push({ provider: 'offline', model: OFFLINE_MODEL, durationMs: performance.now() - startedAt });
        if (fallbackStep > 0) {
          attemptNumber += 1;
          record({
            provider: 'offline',
            model: OFFLINE_MODEL,
            endpointHost: null,
            inputTokens: 0,
            outputTokens: 0,
            usageSource: 'none',
            latencyMs: Math.round(performance.now() - startedAt),
            firstTokenMs: null,
            fallbackStep,
            attempt: attemptNumber,
            outcome: 'ok',
            errorCode: null,
            costUsd: '0',
          });
        }
        getMetrics().aiDuration.observe({ model: OFFLINE_MODEL, outcome: 'ok' }, (performance.now() - startedAt) / 1000);
        return {
          value: checked.data,
          provider: 'offline',
          model: OFFLINE_MODEL,
          usage: { inputTokens: 0, outputTokens: 0 },
          usageSource: 'none',
          attempts,
        };
      } catch (error) {
        if (error instanceof GenerationAbortedError) throw error;
        attempts.push({
          provider: 'offline',
          model: OFFLINE_MODEL,
          durationMs: performance.now() - startedAt,
          error: { code: 'offline-failed', message: error instanceof Error ? error.message : String(error) },
        });
        continue;
      }
    }

    let mode: OutputMode = withoutJsonSchema.has(endpointKey(provider)) ? 'prompted-json' : 'json-schema';
    for (let i = 0; i < maxAttempts; i++) {
      throwIfAborted(input.abortSignal, attempts);
      attemptNumber += 1;
      const startedAt = performance.now();
      const timing: { firstContentAt?: number } = {};
      const outcome = await runRemoteAttempt(provider, input, attemptNumber, mode, timing);
      const durationMs = performance.now() - startedAt;
      observeAttempt(
        provider.model,
        outcome,
        durationMs,
        timing.firstContentAt === undefined ? undefined : timing.firstContentAt - startedAt,
      );
      // A failed attempt records what it spent when that is known (a full answer that failed
      // validation); one that broke off before the endpoint said records none ('none', 0).
      const spent = outcome.ok ? outcome : outcome.spent;
      const usage = spent?.usage ?? { inputTokens: 0, outputTokens: 0 };
      const cost = estimateCostUsd(provider.model, usage);
      record({
        provider: provider.kind,
        model: provider.model,
        endpointHost: endpointHost(provider.baseURL),
        inputTokens: usage.inputTokens,
        outputTokens: usage.outputTokens,
        usageSource: spent?.usageSource ?? 'none',
        latencyMs: Math.round(durationMs),
        firstTokenMs: timing.firstContentAt === undefined ? null : Math.round(timing.firstContentAt - startedAt),
        fallbackStep,
        attempt: attemptNumber,
        // A failed attempt is an 'error' until the chain gives this provider up ('fallback', below).
        outcome: outcome.ok ? 'ok' : 'error',
        errorCode: outcome.ok ? null : outcome.code,
        costUsd: cost === null ? null : cost.toFixed(8),
      });
      throwIfAborted(input.abortSignal, attempts);
      if (outcome.ok) {
        attempts.push({ provider: provider.kind, model: provider.model, durationMs });
        return {
          value: outcome.value,
          provider: provider.kind,
          model: provider.model,
          usage: outcome.usage,
          usageSource: outcome.usageSource,
          attempts,
        };
      }
      attempts.push({
        provider: provider.kind,
        model: provider.model,
        durationMs,
        error: { code: outcome.code, message: outcome.message },
      });
      if (mode === 'json-schema' && refusesJsonSchema(outcome)) {
        // Same server, asked the other way: this does not use up a retry.
        withoutJsonSchema.add(endpointKey(provider));
        mode = 'prompted-json';
        i -= 1;
        continue;
      }
      if (!RETRYABLE.has(outcome.code)) break;
    }
    // This provider is given up: the chain falls back to the next one (or fails).
    const last = attempts.at(-1);
    if (last?.error) getMetrics().aiFallbacks.inc({ model: boundedLabel(provider.model), reason: last.error.code });
    const lastRecord = records?.at(-1);
    if (lastRecord && lastRecord.fallbackStep === fallbackStep && fallbackStep < input.chain.length - 1) lastRecord.outcome = 'fallback';
  }

  throw new GenerationFailedError(attempts);
}
