import { getEnv } from '@/lib/env';
import { buildProviderChain, type ProviderConfig } from './providers';

/** The configured provider chain (vLLM → OpenAI → offline), from the validated environment. */
export function getProviderChain(): ProviderConfig[] {
  const env = getEnv();
  return buildProviderChain({
    VLLM_BASE_URL: env.VLLM_BASE_URL,
    VLLM_MODEL: env.VLLM_MODEL,
    VLLM_API_KEY: env.VLLM_API_KEY,
    OPENAI_API_KEY: env.OPENAI_API_KEY,
    OPENAI_MODEL: env.OPENAI_MODEL,
  });
}
