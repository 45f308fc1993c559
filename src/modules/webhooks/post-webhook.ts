import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pinnedLookup } from '@/lib/http/pinned-lookup';

export type PostResult = { statusCode: number | null; latencyMs: number; excerpt: string; error: string | null };

/** The whole exchange, not only an idle socket: a receiver that trickles its answer fails too. */
const TIMEOUT_MS = 15_000;
/** What the delivery log keeps of the receiver's answer. */
export const RESPONSE_EXCERPT_CHARS = 500;

/**
 * One POST to a checked destination, connected to the address the guard checked (a pinned lookup:
 * a second DNS answer is never used; TLS still verifies the certificate for the host name).
 * Redirects are not followed (a 3xx is a failed attempt: following it would skip the guard). Only
 * the first bytes of the answer are read and kept. Never throws.
 */
export function postWebhook(url: string, address: string, headers: Record<string, string>, body: string): Promise<PostResult> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const chunks: Buffer[] = [];
    let size = 0;
    let statusCode: number | null = null;
    const settle = (error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      const excerpt = Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_EXCERPT_CHARS);
      resolve({ statusCode, latencyMs: Math.round(performance.now() - started), excerpt, error });
    };
    const request = send(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'user-agent': 'PageMagic-Webhooks/1',
          'content-length': String(Buffer.byteLength(body)),
        },
        lookup: pinnedLookup(address),
        agent: false,
      },
      (response) => {
        statusCode = response.statusCode ?? null;
        response.on('data', (chunk: Buffer) => {
          if (size < RESPONSE_EXCERPT_CHARS * 4) chunks.push(chunk);
          size += chunk.length;
          if (size >= RESPONSE_EXCERPT_CHARS * 4) settle(null);
        });
        response.on('end', () => settle(null));
        response.on('error', () => settle(null));
      },
    );
    const timer = setTimeout(() => settle('timeout'), TIMEOUT_MS);
    request.on('error', (err: NodeJS.ErrnoException) => settle(err.code ?? 'connection'));
    request.end(body);
  });
}
