import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENAI_MODEL, buildProviderChain, describeProvider } from './providers';

describe('buildProviderChain', () => {
  it('is offline only without configuration', () => {
    expect(buildProviderChain({})).toEqual([{ kind: 'offline' }]);
    expect(buildProviderChain({ VLLM_BASE_URL: '  ', OPENAI_API_KEY: '' })).toEqual([{ kind: 'offline' }]);
  });

  it('orders vLLM, then OpenAI, then offline', () => {
    expect(
      buildProviderChain({
        VLLM_BASE_URL: 'http://gpu-1:8000/v1/',
        VLLM_MODEL: 'Qwen/Qwen2.5-7B-Instruct',
        VLLM_API_KEY: 'vk',
        OPENAI_API_KEY: 'sk-1',
        OPENAI_MODEL: 'gpt-4.1',
      }),
    ).toEqual([
      { kind: 'vllm', baseURL: 'http://gpu-1:8000/v1', model: 'Qwen/Qwen2.5-7B-Instruct', apiKey: 'vk' },
      { kind: 'openai', model: 'gpt-4.1', apiKey: 'sk-1' },
      { kind: 'offline' },
    ]);
  });

  it('defaults the OpenAI model and leaves the vLLM key out when unset', () => {
    expect(buildProviderChain({ OPENAI_API_KEY: 'sk-1', OPENAI_BASE_URL: 'https://gw.example/v1' })).toEqual([
      { kind: 'openai', model: DEFAULT_OPENAI_MODEL, apiKey: 'sk-1', baseURL: 'https://gw.example/v1' },
      { kind: 'offline' },
    ]);
    expect(buildProviderChain({ VLLM_BASE_URL: 'http://gpu:8000/v1', VLLM_MODEL: 'm' })[0]).toEqual({
      kind: 'vllm',
      baseURL: 'http://gpu:8000/v1',
      model: 'm',
    });
  });

  it('refuses a vLLM URL without a model name', () => {
    expect(() => buildProviderChain({ VLLM_BASE_URL: 'http://gpu:8000/v1' })).toThrow(/VLLM_MODEL/);
  });

  it('describes providers without secrets', () => {
    const chain = buildProviderChain({
      VLLM_BASE_URL: 'http://gpu:8000/v1',
      VLLM_MODEL: 'm',
      VLLM_API_KEY: 'secret',
      OPENAI_API_KEY: 'sk-secret',
    });
    const labels = chain.map(describeProvider).join(' ');
    expect(labels).toBe('vllm:m@http://gpu:8000/v1 openai:gpt-4.1-mini offline');
    expect(labels).not.toContain('secret');
  });
});
