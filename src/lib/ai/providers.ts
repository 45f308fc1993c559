/**
 * Which LLM endpoints a generation may use, in order. Built from plain env
 * values (src/lib/env.ts validates them first); the offline composer is
 * always the last resort so generation never depends on the network.
 */

export type ProviderConfig =
  | { kind: 'vllm'; baseURL: string; model: string; apiKey?: string }
  | { kind: 'openai'; model: string; apiKey: string; baseURL?: string }
  | { kind: 'offline' };

export type ProviderKind = ProviderConfig['kind'];
export type RemoteProviderConfig = Exclude<ProviderConfig, { kind: 'offline' }>;

export interface ProviderEnv {
  VLLM_BASE_URL?: string;
  VLLM_MODEL?: string;
  VLLM_API_KEY?: string;
  OPENAI_API_KEY?: string;
  OPENAI_MODEL?: string;
  /** Optional: an OpenAI-compatible gateway in front of OpenAI. */
  OPENAI_BASE_URL?: string;
}

/** Used when OPENAI_API_KEY is set without OPENAI_MODEL: cheap, fast, supports strict json_schema. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4.1-mini';

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function stripTrailingSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

export function buildProviderChain(env: ProviderEnv): ProviderConfig[] {
  const chain: ProviderConfig[] = [];

  const vllmBaseURL = clean(env.VLLM_BASE_URL);
  if (vllmBaseURL) {
    const model = clean(env.VLLM_MODEL);
    // vLLM only answers for the exact served model name; guessing one would
    // turn every request into a 404 and a silent fallback, so fail loudly.
    if (!model) throw new Error('VLLM_BASE_URL is set but VLLM_MODEL is not: set it to the served model name.');
    const apiKey = clean(env.VLLM_API_KEY);
    chain.push({ kind: 'vllm', baseURL: stripTrailingSlashes(vllmBaseURL), model, ...(apiKey ? { apiKey } : {}) });
  }

  const openaiKey = clean(env.OPENAI_API_KEY);
  if (openaiKey) {
    const baseURL = clean(env.OPENAI_BASE_URL);
    chain.push({
      kind: 'openai',
      model: clean(env.OPENAI_MODEL) ?? DEFAULT_OPENAI_MODEL,
      apiKey: openaiKey,
      ...(baseURL ? { baseURL: stripTrailingSlashes(baseURL) } : {}),
    });
  }

  chain.push({ kind: 'offline' });
  return chain;
}

/** A label safe to log or show to admins (never includes keys). */
export function describeProvider(config: ProviderConfig): string {
  switch (config.kind) {
    case 'vllm':
      return `vllm:${config.model}@${config.baseURL}`;
    case 'openai':
      return `openai:${config.model}`;
    case 'offline':
      return 'offline';
  }
}
