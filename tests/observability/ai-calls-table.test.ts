import { describe, expect, it, vi } from 'vitest';
import type { AiCallRow } from '@/lib/ai/list-ai-usage';
import { renderIntl } from '@tests/helpers/render-intl';

// The admin's list of model calls: money in the reader's locale (a fraction of a cent still
// shows), each call linked to its trace, both languages complete (a missing message throws).
const locale = vi.hoisted(() => ({ current: 'en' as 'en' | 'pt-BR' }));
vi.mock('next-intl/server', async () => (await import('@tests/helpers/server-intl')).serverIntl(() => locale.current));
const { AiCallsTable } = await import('@/app/(admin)/admin/ai-usage/ai-calls-table');

const CALL: AiCallRow = {
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: new Date('2026-11-28T10:00:00Z'),
  accountId: '00000000-0000-4000-8000-0000000000aa',
  projectId: '00000000-0000-4000-8000-0000000000bb',
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
  provider: 'openai',
  model: 'gpt-4.1-mini',
  endpointHost: 'api.openai.com',
  templateName: 'site-section',
  templateVersion: 2,
  inputTokens: 1234,
  outputTokens: 567,
  latencyMs: 2345,
  firstTokenMs: 410,
  fallbackStep: 1,
  attempt: 2,
  outcome: 'fallback',
  errorCode: 'server-error',
  costUsd: 0.0012,
};

async function render(lang: 'en' | 'pt-BR') {
  locale.current = lang;
  return renderIntl(await AiCallsTable({ calls: [CALL], clientOf: () => 'client@example.com' }), lang);
}

describe('the AI calls table', () => {
  it('formats the cost in the reader locale and links the trace', async () => {
    const en = await render('en');
    expect(en).toContain('$0.0012');
    expect(en).toContain('1,234 / 567');
    expect(en).toContain('href="/admin/ai-usage/4bf92f3577b34da6a3ce929d0e0e4736"');
    expect(en).toContain('site-section v2');
    expect(en).toContain('Fell back');
    const pt = await render('pt-BR');
    expect(pt).toMatch(/US\$\s0,0012/);
    expect(pt).toContain('1.234 / 567');
    expect(pt).toContain('Passou adiante');
  });
});
