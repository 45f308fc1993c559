import dns2 from 'dns2';

const { Packet } = dns2;

export type Zone = { TXT?: string[]; CNAME?: string; A?: string[]; AAAA?: string[] };

/**
 * A small authoritative DNS server on loopback (dns2, UDP) whose records tests change
 * between lookups: `set('_pagemagic.example.com', { TXT: ['…'] })`, `remove(name)`. Names not set
 * answer NXDOMAIN; a name set without the asked type answers NOERROR with no records (NODATA), as
 * real servers do. Point the app at it with DNS_RESOLVERS=127.0.0.1:<port>.
 */
export async function startTestDnsServer(options: { port?: number } = {}): Promise<{
  port: number;
  server: string;
  set: (name: string, zone: Zone) => void;
  remove: (name: string) => void;
  clear: () => void;
  queries: () => number;
  close: () => Promise<void>;
}> {
  const zones = new Map<string, Zone>();
  let count = 0;
  const server = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      count += 1;
      const response = Packet.createResponseFromRequest(request);
      const [question] = request.questions;
      const name = (question?.name ?? '').toLowerCase().replace(/\.$/, '');
      const zone = zones.get(name);
      if (!question || !zone) {
        response.header.rcode = 3; // NXDOMAIN
        void send(response);
        return;
      }
      type Answer = (typeof response.answers)[number];
      // dns2's Resource type also lists its encoder; the packet writer supplies that.
      const answer = (fields: Record<string, string | number>) =>
        response.answers.push({ name: question.name, class: Packet.CLASS.IN, ttl: 1, ...fields } as unknown as Answer);
      if (question.type === Packet.TYPE.TXT) for (const data of zone.TXT ?? []) answer({ type: Packet.TYPE.TXT, data });
      if (zone.CNAME && (question.type === Packet.TYPE.CNAME || question.type === Packet.TYPE.A || question.type === Packet.TYPE.AAAA)) {
        answer({ type: Packet.TYPE.CNAME, domain: zone.CNAME });
      } else {
        if (question.type === Packet.TYPE.A) for (const address of zone.A ?? []) answer({ type: Packet.TYPE.A, address });
        if (question.type === Packet.TYPE.AAAA) for (const address of zone.AAAA ?? []) answer({ type: Packet.TYPE.AAAA, address });
      }
      void send(response);
    },
  });
  // UDP only: our answers are small, so resolvers never need to retry over TCP.
  const addresses = await server.listen({ udp: { port: options.port ?? 0, address: '127.0.0.1' } });
  const port = addresses.udp!.port;
  return {
    port,
    server: `127.0.0.1:${port}`,
    set: (name, zone) => zones.set(name.toLowerCase(), zone),
    remove: (name) => zones.delete(name.toLowerCase()),
    clear: () => zones.clear(),
    queries: () => count,
    close: () => server.close(),
  };
}
