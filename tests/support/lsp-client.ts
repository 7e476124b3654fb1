// A minimal JSON-RPC 2.0 client over stdio with LSP framing (`Content-Length` headers), enough to drive a real
// language server from a test: requests with timeouts, server-to-client requests answered by handlers, every
// log line kept, and a `close()` that always ends the child process.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Handler = (params: unknown) => unknown;

interface Pending {
  readonly method: string;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

interface Message {
  readonly jsonrpc: '2.0';
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string; readonly data?: unknown };
}

/** A server log line: `window/logMessage` and `window/showMessage` types (1 error, 2 warning, 3 info, 4 log). */
export interface ServerLog {
  readonly method: string;
  readonly type: number;
  readonly message: string;
}

export interface LspClientOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Milliseconds before a request fails with an error naming the method. */
  readonly timeoutMs?: number;
}

const HEADER_END = '\r\n\r\n';

export class LspClient {
  readonly logs: ServerLog[] = [];
  readonly notifications: { readonly method: string; readonly params: unknown }[] = [];
  /** Requests the server sent us, in order (method and params), for assertions. */
  readonly serverRequests: { readonly method: string; readonly params: unknown }[] = [];
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly handlers = new Map<string, Handler>();
  private readonly pending = new Map<number, Pending>();
  private readonly timeoutMs: number;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private stderr = '';
  private exited: string | undefined;

  constructor(options: LspClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 45_000;
    this.child = spawn(options.command, [...options.args], {
      cwd: options.cwd,
      stdio: 'pipe',
      env: { ...process.env },
    });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.child.on('exit', (code, signal) => {
      this.exited = `language server exited (code ${String(code)}, signal ${String(signal)})`;
      for (const [id, pending] of this.pending) {
        clearTimeout(pending.timer);
        pending.reject(new Error(`${this.exited} while waiting for ${pending.method}\n${this.stderr}`));
        this.pending.delete(id);
      }
    });
    this.child.on('error', (error) => {
      this.exited = `language server failed to start: ${error.message}`;
    });
  }

  /** Answers the server's requests for `method` (a handler's return value or promise is the result). */
  onRequest(method: string, handler: Handler): void {
    this.handlers.set(method, handler);
  }

  request<T>(method: string, params: unknown, timeoutMs = this.timeoutMs): Promise<T> {
    if (this.exited !== undefined) return Promise.reject(new Error(`${this.exited}; cannot send ${method}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(
          new Error(
            `no answer to ${method} within ${String(timeoutMs)} ms\nserver log:\n${this.describeLogs()}\nstderr:\n${this.stderr}`,
          ),
        );
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Error lines the server logged (`window/logMessage` or `window/showMessage` of type 1). */
  errors(): ServerLog[] {
    return this.logs.filter((log) => log.type === 1);
  }

  describeLogs(): string {
    return this.logs.map((log) => `[${log.method} ${String(log.type)}] ${log.message}`).join('\n');
  }

  /** Polite shutdown, then a kill whatever happens. */
  async close(): Promise<void> {
    if (this.exited === undefined) {
      try {
        await this.request('shutdown', null, 3_000);
        this.notify('exit', null);
      } catch {
        // The server is killed below either way.
      }
    }
    await new Promise<void>((resolve) => {
      if (this.exited !== undefined || this.child.exitCode !== null) {
        resolve();
        return;
      }
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
      }, 2_000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    for (const pending of this.pending.values()) clearTimeout(pending.timer);
    this.pending.clear();
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${String(body.length)}${HEADER_END}`);
    this.child.stdin.write(body);
  }

  private drain(): void {
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /content-length: *(\d+)/i.exec(header);
      if (!match) throw new Error(`bad LSP header from server: ${header}`);
      const length = Number(match[1]);
      const start = headerEnd + HEADER_END.length;
      if (this.buffer.length < start + length) return;
      const body = this.buffer.subarray(start, start + length).toString('utf8');
      this.buffer = this.buffer.subarray(start + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (!pending || typeof message.id !== 'number') return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new Error(`${pending.method} failed: ${message.error.message}`));
      else pending.resolve(message.result);
      return;
    }
    if (message.id === undefined || message.id === null) {
      this.notifications.push({ method: message.method, params: message.params });
      if (message.method === 'window/logMessage' || message.method === 'window/showMessage') {
        const params = message.params as { type: number; message: string };
        this.logs.push({ method: message.method, type: params.type, message: params.message });
      }
      return;
    }
    this.serverRequests.push({ method: message.method, params: message.params });
    void this.answer(message.id, message.method, message.params);
  }

  private async answer(id: number | string, method: string, params: unknown): Promise<void> {
    if (method === 'window/showMessageRequest') {
      const p = params as { type: number; message: string };
      this.logs.push({ method, type: p.type, message: p.message });
    }
    const handler = this.handlers.get(method);
    try {
      const result = handler ? await handler(params) : null;
      this.send({ jsonrpc: '2.0', id, result: result ?? null });
    } catch (error) {
      this.send({
        jsonrpc: '2.0',
        id,
        error: { code: -32603, message: error instanceof Error ? error.message : String(error) },
      });
    }
  }
}
