import { createHash } from 'node:crypto';
import type { Redis as IORedis } from 'ioredis';
import type { LimiterRedis } from './upstash-limiter';

// @upstash/ratelimit ≥ 2.1 prefixes its Lua scripts with
// `#!lua flags=allow-key-locking`, which stock Redis 7 rejects, and it speaks
// to Redis through @upstash/redis's method names. This shim maps those calls
// onto ioredis and strips the shebang line, so the same library runs on a
// plain Redis server.
function stripShebang(script: string): string {
  return script.startsWith('#!') ? script.slice(script.indexOf('\n') + 1) : script;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

export function createRedisShim(client: IORedis): LimiterRedis {
  // The library calls evalsha with the sha of the *original* script and falls
  // back to eval on NOSCRIPT; it never calls scriptLoad. Remember, per
  // original sha, the sha of the stripped script that EVAL cached in Redis,
  // so later calls are one EVALSHA instead of EVALSHA + NOSCRIPT + EVAL.
  const shaOf = new Map<string, string>();
  const shim = {
    async eval(script: string, keys: string[], args: unknown[]) {
      const stripped = stripShebang(script);
      const result = await client.eval(stripped, keys.length, ...keys, ...args.map(String));
      shaOf.set(sha1(script), sha1(stripped));
      return result;
    },
    async evalsha(sha: string, keys: string[], args: unknown[]) {
      return client.evalsha(shaOf.get(sha) ?? sha, keys.length, ...keys, ...args.map(String));
    },
    async scriptLoad(script: string) {
      const realSha = (await client.script('LOAD', stripShebang(script))) as string;
      shaOf.set(sha1(script), realSha);
      shaOf.set(realSha, realSha);
      return realSha;
    },
    async get(key: string) {
      return client.get(key);
    },
    async set(key: string, value: string) {
      return client.set(key, value);
    },
    async del(...keys: string[]) {
      return client.del(...keys);
    },
  };
  return shim as unknown as LimiterRedis;
}
