import net from 'node:net';
import type { AddressInfo } from 'node:net';

export type ConnectionProbe = {
  /** Base URL (…/v1) that forwards to the target server. */
  url: string;
  /** Connections with a request sent and its streamed answer not yet finished. */
  busy(): number;
  close(): Promise<void>;
};

/**
 * A TCP pass-through in front of the fake OpenAI server that counts requests still in flight,
 * so a test can see that cancelling really closed the connections (keep-alive sockets that
 * finished their answer do not count). An answer is over when `data: [DONE]` passes or the
 * socket closes.
 */
export async function startConnectionProbe(targetPort: number): Promise<ConnectionProbe> {
  const busy = new Set<net.Socket>();
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      busy.add(client);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('data: [DONE]')) busy.delete(client);
      client.write(chunk);
    });
    const closeBoth = () => {
      busy.delete(client);
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', closeBoth).on('error', closeBoth);
    upstream.on('close', closeBoth).on('error', closeBoth);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    busy: () => busy.size,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
