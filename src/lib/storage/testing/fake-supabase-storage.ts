// A protocol-level stand-in for Supabase Storage's object API (the routes and wire format of
// supabase/storage's src/http/routes/object): enough to test our adapter over real HTTP on
// loopback, without the SDK and without mocking our own code.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StoredObject = { body: Buffer; contentType: string };

export type RecordedRequest = { method: string; path: string; headers: Record<string, string | undefined>; body: Buffer };

export type FakeSupabaseStorage = {
  /** Project URL to give the adapter (the API is under /storage/v1). */
  url: string;
  serviceRoleKey: string;
  /** 'bucket/path/to/object' → object. */
  objects: Map<string, StoredObject>;
  /** Signed upload tokens handed out (`/object/upload/sign/…`): token → 'bucket/path'. */
  uploadTokens: Map<string, string>;
  requests: RecordedRequest[];
  /** Answers "not found" the way older Storage versions do: 400 with statusCode "404" in the body. */
  useLegacyNotFound(isLegacy: boolean): void;
  /** The next `count` requests fail with `status` (e.g. 503), to test error handling. */
  failNext(status: number, count?: number): void;
  close(): Promise<void>;
};

export type FakeSupabaseStorageOptions = {
  buckets?: string[];
  serviceRoleKey?: string;
  /** Buckets among `buckets` that are public (the doctor refuses them: files are served under RLS). */
  publicBuckets?: string[];
};

const PREFIX = '/storage/v1/object/';
const BUCKET_PREFIX = '/storage/v1/bucket/';

function send(response: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  const payload = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)), ...headers });
  response.end(payload);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startFakeSupabaseStorage(options: FakeSupabaseStorageOptions = {}): Promise<FakeSupabaseStorage> {
  const buckets = new Set(options.buckets ?? ['site-files']);
  const serviceRoleKey = options.serviceRoleKey ?? 'service-role-test-key';
  const objects = new Map<string, StoredObject>();
  const uploadTokens = new Map<string, string>();
  const requests: RecordedRequest[] = [];
  let isLegacyNotFound = false;
  let failures: { status: number; remaining: number } | undefined;

  const notFound = (response: ServerResponse, isHead: boolean) => {
    const status = isLegacyNotFound ? 400 : 404;
    if (isHead) {
      response.writeHead(status);
      response.end();
      return;
    }
    send(response, status, { statusCode: '404', error: 'not_found', message: 'Object not found' });
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(request);
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    };
    requests.push({
      method,
      path: url.pathname,
      headers: {
        apikey: header('apikey'),
        authorization: header('authorization'),
        'content-type': header('content-type'),
        'x-upsert': header('x-upsert'),
      },
      body,
    });

    if (failures && failures.remaining > 0) {
      failures.remaining -= 1;
      send(response, failures.status, { statusCode: String(failures.status), error: 'internal', message: 'Injected failure' });
      return;
    }
    const isBucketRoute = method === 'GET' && url.pathname.startsWith(BUCKET_PREFIX);
    if (!url.pathname.startsWith(PREFIX) && !isBucketRoute)
      return send(response, 404, { statusCode: '404', error: 'not_found', message: 'Route not found' });
    if (header('apikey') !== serviceRoleKey || header('authorization') !== `Bearer ${serviceRoleKey}`) {
      return send(response, 403, { statusCode: '403', error: 'Unauthorized', message: 'invalid signature' });
    }
    // GET /bucket/<id>: the bucket's settings (what `npm run doctor` reads); a missing one is
    // 400 with statusCode "404", as Storage answers it.
    if (isBucketRoute) {
      const id = decodeURIComponent(url.pathname.slice(BUCKET_PREFIX.length));
      if (!buckets.has(id)) return send(response, 400, { statusCode: '404', error: 'Bucket not found', message: 'Bucket not found' });
      return send(response, 200, { id, name: id, owner: '', public: (options.publicBuckets ?? []).includes(id) });
    }

    const segments = url.pathname.slice(PREFIX.length).split('/').map(decodeURIComponent);
    // POST /object/move { bucketId, sourceKey, destinationKey }: renames an object.
    if (method === 'POST' && segments.join('/') === 'move') {
      const { bucketId, sourceKey, destinationKey } = JSON.parse(body.toString('utf8')) as Record<string, string>;
      const object = objects.get(`${bucketId}/${sourceKey}`);
      if (!object) return notFound(response, false);
      objects.delete(`${bucketId}/${sourceKey}`);
      objects.set(`${bucketId}/${destinationKey}`, object);
      return send(response, 200, { message: 'Successfully moved' });
    }
    // POST /object/upload/sign/<bucket>/<path>: a token that lets a browser upload that one object.
    if (method === 'POST' && segments[0] === 'upload' && segments[1] === 'sign') {
      const [signBucket, ...signPath] = segments.slice(2);
      if (!buckets.has(signBucket!))
        return send(response, 404, { statusCode: '404', error: 'Bucket not found', message: 'Bucket not found' });
      const token = `upload-${randomUUID()}`;
      uploadTokens.set(token, `${signBucket}/${signPath.join('/')}`);
      return send(response, 200, { url: `/object/upload/sign/${segments.slice(2).map(encodeURIComponent).join('/')}?token=${token}` });
    }
    const isAuthenticatedRoute = segments[0] === 'authenticated';
    const [bucket, ...rest] = isAuthenticatedRoute ? segments.slice(1) : segments;
    const name = rest.join('/');
    if (!buckets.has(bucket)) return send(response, 404, { statusCode: '404', error: 'Bucket not found', message: 'Bucket not found' });
    const id = `${bucket}/${name}`;

    if (method === 'DELETE' && name === '') {
      const { prefixes } = JSON.parse(body.toString('utf8')) as { prefixes?: unknown };
      if (!Array.isArray(prefixes) || prefixes.length === 0)
        return send(response, 400, { statusCode: '400', error: 'invalid', message: 'prefixes required' });
      const deleted = prefixes.filter((prefix): prefix is string => typeof prefix === 'string' && objects.delete(`${bucket}/${prefix}`));
      return send(
        response,
        200,
        deleted.map((prefix) => ({ name: prefix, bucket_id: bucket })),
      );
    }
    if (name === '') return send(response, 404, { statusCode: '404', error: 'not_found', message: 'Route not found' });

    if ((method === 'POST' || method === 'PUT') && !isAuthenticatedRoute) {
      const exists = objects.has(id);
      if (method === 'POST' && exists && header('x-upsert') !== 'true') {
        return send(response, 409, { statusCode: '409', error: 'Duplicate', message: 'The resource already exists' });
      }
      if (method === 'PUT' && !exists) return notFound(response, false);
      objects.set(id, { body, contentType: header('content-type') ?? 'application/octet-stream' });
      return send(response, 200, { Key: id, Id: randomUUID() });
    }
    if (method === 'GET' || method === 'HEAD') {
      const object = objects.get(id);
      if (!object) return notFound(response, method === 'HEAD');
      const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
      if (range && method === 'GET') {
        const start = Number(range[1]);
        const end = Math.min(range[2] ? Number(range[2]) : object.body.byteLength - 1, object.body.byteLength - 1);
        const part = object.body.subarray(start, end + 1);
        response.writeHead(206, {
          'content-type': object.contentType,
          'content-length': String(part.byteLength),
          'content-range': `bytes ${start}-${end}/${object.body.byteLength}`,
        });
        response.end(part);
        return;
      }
      response.writeHead(200, { 'content-type': object.contentType, 'content-length': String(object.body.byteLength) });
      response.end(method === 'HEAD' ? undefined : object.body);
      return;
    }
    if (method === 'DELETE') {
      objects.delete(id);
      return send(response, 200, { message: 'Successfully deleted' });
    }
    send(response, 405, { statusCode: '405', error: 'method_not_allowed', message: 'Method not allowed' });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, { statusCode: '500', error: 'internal', message: 'Fake failed' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    serviceRoleKey,
    objects,
    uploadTokens,
    requests,
    useLegacyNotFound: (isLegacy) => {
      isLegacyNotFound = isLegacy;
    },
    failNext: (status, count = 1) => {
      failures = { status, remaining: count };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
