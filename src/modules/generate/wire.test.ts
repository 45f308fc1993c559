import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { readNdjson } from './ui/read-ndjson';
import { extractSiteBrief } from './extract-site-brief';
import { editRequestSchema, errorFromBody, generateRequestSchema, parseEditResponse, parseStreamEvent, type SiteStreamEvent } from './wire';

function streamOf(text: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
}

async function parseAll(text: string): Promise<SiteStreamEvent[]> {
  const events: SiteStreamEvent[] = [];
  for await (const line of readNdjson(streamOf(text))) {
    const event = parseStreamEvent(line);
    if (event) events.push(event);
  }
  return events;
}

describe('studio wire schema', () => {
  it('reads what the server emits, line by line', async () => {
    const lines: SiteStreamEvent[] = [
      { type: 'started', generationId: 'g1', mode: 'offline' },
      { type: 'plan', plan: { sections: [{ id: 'hero', type: 'hero', brief: 'Welcome' }] } },
      { type: 'skeleton', document: veganBakery, plan: { sections: [] } },
      { type: 'section-draft', sectionIds: ['hero'], document: veganBakery },
      { type: 'section', index: 0, total: 1, sectionId: 'hero', document: veganBakery, provider: 'offline' },
      {
        type: 'done',
        version: 1,
        document: veganBakery,
        providers: ['offline'],
        isOffline: true,
        usage: { inputTokens: 0, outputTokens: 0 },
        briefCoverage: { features: [{ feature: 'hours', status: 'present' }], missing: [] },
      },
    ];
    const events = await parseAll(lines.map((line) => JSON.stringify(line)).join('\n'));
    expect(events.map((event) => event.type)).toEqual(['started', 'plan', 'skeleton', 'section-draft', 'section', 'done']);
    expect(events[5]).toMatchObject({ version: 1, isOffline: true, providers: ['offline'] });
    expect(events[5]).toMatchObject({ briefCoverage: { features: [{ feature: 'hours', status: 'present' }], missing: [] } });
  });

  it('ignores unknown event types and lines of the wrong shape', () => {
    expect(parseStreamEvent({ type: 'heartbeat' })).toBeNull();
    expect(parseStreamEvent({ type: 'section', index: 'one', sectionId: 'hero', document: veganBakery, total: 1 })).toBeNull();
    expect(parseStreamEvent({ type: 'done', version: 1, document: { pages: 'no' }, providers: [], isOffline: true })).toBeNull();
    expect(parseStreamEvent(null)).toBeNull();
    const done = { type: 'done', version: 1, document: veganBakery, providers: [], isOffline: true };
    expect(parseStreamEvent({ ...done, briefCoverage: { features: [{ feature: 'hours', status: 'maybe' }], missing: [] } })).toBeNull();
    expect(parseStreamEvent('started')).toBeNull();
    expect(parseStreamEvent([{ type: 'started' }])).toBeNull();
  });

  it('skips malformed lines in a stream without losing the good ones', async () => {
    const events = await parseAll(
      [
        JSON.stringify({ type: 'started', generationId: 'g', mode: 'ai' }),
        '{"type": "section", "index": 0,',
        'not json at all',
        JSON.stringify({ type: 'mystery', payload: 1 }),
        JSON.stringify({ type: 'error', error: { code: 'RATE_LIMITED', message: 'Slow down.' } }),
      ].join('\n'),
    );
    expect(events).toEqual([
      { type: 'started', generationId: 'g', mode: 'ai' },
      { type: 'error', error: { code: 'RATE_LIMITED', message: 'Slow down.' } },
    ]);
  });

  it('parses edit responses and error bodies', () => {
    expect(parseEditResponse({ ok: true, data: { version: 2, document: veganBakery, provider: 'offline' } })).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect(parseEditResponse({ ok: false, error: { code: 'VALIDATION', message: 'Say how to change it.' } })).toMatchObject({ ok: false });
    expect(parseEditResponse({ ok: true, data: { version: 'two' } })).toBeNull();
    expect(errorFromBody({ error: { code: 'NOT_FOUND', message: 'Gone.' } })).toEqual({ code: 'NOT_FOUND', message: 'Gone.' });
    expect(errorFromBody('<html>')).toBeNull();
  });

  it('validates request bodies the same way on both sides', () => {
    expect(generateRequestSchema.safeParse({ prompt: 'A bakery', locales: ['en', 'pt-BR'] }).success).toBe(true);
    expect(generateRequestSchema.safeParse({ prompt: 'A bakery', locales: ['en', 'en'] }).success).toBe(false);
    // The schema's own messages are catalog keys, rendered in the person's language where shown.
    expect(generateRequestSchema.safeParse({ prompt: 'A', locales: ['en'] }).error?.issues[0]?.message).toBe(
      'errors.generate.promptTooShort',
    );
    expect(editRequestSchema.safeParse({ action: 'add_locale', locale: 'es' }).success).toBe(true);
    expect(editRequestSchema.safeParse({ action: 'add_locale', locale: 'xx' }).success).toBe(false);
    expect(editRequestSchema.safeParse({ action: 'delete_everything' }).success).toBe(false);
  });

  it('carries the brief on a generate request and on the plan event, and pt-PT as a site language', () => {
    const brief = extractSiteBrief({ prompt: 'Pastelaria Doce Lar no Porto, site bilingue português e inglês, com horário' });
    expect(brief.languages).toEqual(['pt-PT', 'en']);
    const request = generateRequestSchema.safeParse({ prompt: 'Pastelaria no Porto', locales: brief.languages, brief });
    expect(request.success && request.data.brief?.languages).toEqual(['pt-PT', 'en']);
    // A brief is bounded like everything else that crosses the wire.
    const huge = { ...brief, notes: Array.from({ length: 50 }, () => 'x') };
    expect(generateRequestSchema.safeParse({ prompt: 'Pastelaria no Porto', locales: ['pt-PT'], brief: huge }).success).toBe(false);
    expect(generateRequestSchema.safeParse({ prompt: 'Pastelaria', locales: ['pt-PT'], brief: { name: 'x' } }).success).toBe(false);
    expect(parseStreamEvent({ type: 'plan', plan: { sections: [] }, brief })).toMatchObject({ brief: { name: brief.name } });
  });
});
