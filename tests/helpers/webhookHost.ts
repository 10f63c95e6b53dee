import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface HostRequest {
  method: string;
  path: string;
  at: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse, index: number) => void;

/**
 * A local webhook host whose answers a test scripts (hang, 429, 500, late): it records each
 * request and how many connections are open at most.
 */
export class WebhookHost {
  readonly requests: HostRequest[] = [];
  peakConnections = 0;
  private open = new Set<Socket>();
  private readonly server: Server;

  private constructor(handler: Handler) {
    this.server = createServer((req, res) => {
      req.resume();
      this.requests.push({ method: req.method ?? '', path: req.url ?? '', at: Date.now() });
      handler(req, res, this.requests.length - 1);
    });
    this.server.on('connection', (socket) => {
      this.open.add(socket);
      this.peakConnections = Math.max(this.peakConnections, this.open.size);
      socket.on('close', () => this.open.delete(socket));
    });
  }

  static async start(handler: Handler): Promise<WebhookHost> {
    const host = new WebhookHost(handler);
    await new Promise<void>((done) => host.server.listen(0, '127.0.0.1', done));
    return host;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  get openConnections(): number {
    return this.open.size;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }
}

export function answer(
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void {
  if (body === undefined) res.writeHead(status, headers).end();
  else
    res
      .writeHead(status, { ...headers, 'content-type': 'application/json' })
      .end(JSON.stringify(body));
}
