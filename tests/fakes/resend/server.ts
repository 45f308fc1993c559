import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local Resend stand-in for the doctor's sender check: `GET /domains` in Resend's wire format
 * (`{ object: 'list', has_more, data: [{ id, name, status, … }] }`), a 401 `validation_error`
 * for an unknown key and Resend's 401 `restricted_api_key` for a sending-only key. The Resend SDK
 * is pointed at it with its `baseUrl` option.
 */
export type ResendDomainStub = { name: string; status: 'verified' | 'pending' | 'not_started' | 'failed' };

export async function startResendStandIn(options: { apiKey: string; sendingOnlyKey?: string; domains: ResendDomainStub[] }) {
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const key = req.headers.authorization?.replace(/^Bearer /, '');
    if (key === options.sendingOnlyKey) {
      return send(401, { statusCode: 401, name: 'restricted_api_key', message: 'This API key is restricted to only send emails' });
    }
    if (key !== options.apiKey) return send(401, { statusCode: 401, name: 'validation_error', message: 'API key is invalid' });
    if (req.method === 'GET' && req.url?.split('?')[0] === '/domains') {
      return send(200, {
        object: 'list',
        has_more: false,
        data: options.domains.map((d, i) => ({
          id: `d_${i}`,
          name: d.name,
          status: d.status,
          created_at: '2026-11-01T00:00:00.000Z',
          region: 'sa-east-1',
          capabilities: { sending: 'enabled', receiving: 'disabled' },
        })),
      });
    }
    send(404, { statusCode: 404, name: 'not_found', message: 'Route not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
