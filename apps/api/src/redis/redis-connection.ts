import net from 'node:net';
import tls from 'node:tls';
import { encodeCommand, RedisReply, RedisReplyError, RespParser } from './resp.util';

/** Redis could not be reached, or the connection was lost before the reply came. */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

export interface RedisTarget {
  host: string;
  port: number;
  tls: boolean;
  username?: string;
  password?: string;
  db: number;
}

export interface RedisLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface RedisConnectionOptions {
  url: string;
  /** Shown in CLIENT LIST and in the log lines. */
  name: string;
  log?: RedisLog;
  connectTimeoutMs?: number;
  /** A reply slower than this fails its command and drops the connection (replies are matched to commands by order). */
  commandTimeoutMs?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/** redis://[[user]:password@]host[:port][/db], or rediss:// for TLS. */
export function parseRedisUrl(url: string): RedisTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('REDIS_URL is not a URL: expected redis://host:port.');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error('REDIS_URL must start with redis:// or rediss://.');
  const path = parsed.pathname.replace(/^\//, '');
  if (path !== '' && !/^\d+$/.test(path)) throw new Error('REDIS_URL names its database by number (redis://host:6379/0).');
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    tls: parsed.protocol === 'rediss:',
    username: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    db: path === '' ? 0 : Number(path),
  };
}

interface Pending {
  resolve: (reply: RedisReply) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout | null;
}

/**
 * One connection to Redis that keeps itself up: it reconnects after any loss
 * with exponential backoff (with jitter, so a fleet of API instances does not
 * reconnect in step), authenticates and selects the database each time.
 * Commands issued while it is down fail at once with RedisUnavailableError;
 * callers decide how to degrade, nothing queues up unbounded.
 */
abstract class RedisConnection {
  protected readonly target: RedisTarget;
  private socket: net.Socket | null = null;
  private readonly parser = new RespParser();
  private readonly pending: Pending[] = [];
  private ready = false;
  private closed = false;
  private attempt = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private readyWaiters: (() => void)[] = [];
  private down = false;

  protected constructor(protected readonly options: RedisConnectionOptions) {
    this.target = parseRedisUrl(options.url);
    this.connect();
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Resolves true once connected (now or within `ms`), false otherwise. */
  waitReady(ms: number): Promise<boolean> {
    if (this.ready) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.readyWaiters = this.readyWaiters.filter((w) => w !== onReady);
        resolve(ok);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => done(false), ms);
      this.readyWaiters.push(onReady);
    });
  }

  /** Ends the connection for good: no reconnect, pending commands fail. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const socket = this.socket;
    this.socket = null;
    this.ready = false;
    this.failPending(new RedisUnavailableError('The Redis connection was closed.'));
    if (socket && !socket.destroyed) {
      await new Promise<void>((resolve) => {
        socket.once('close', () => resolve());
        socket.end();
        setTimeout(() => socket.destroy(), 500).unref();
      });
    }
  }

  /** Sends a command on an established connection. */
  protected command(args: readonly (string | number)[]): Promise<RedisReply> {
    if (!this.ready || !this.socket) return Promise.reject(new RedisUnavailableError('Redis is not connected.'));
    return this.send(this.socket, args);
  }

  /** Writes without waiting for a reply: for SUBSCRIBE and UNSUBSCRIBE, whose answers arrive as messages. */
  protected write(args: readonly (string | number)[]): void {
    if (this.ready && this.socket) this.socket.write(encodeCommand(args));
  }

  /** Runs on every new connection after authentication, before the connection counts as ready. */
  protected async afterConnect(socket: net.Socket): Promise<void> {
    void socket;
  }

  /** Every reply of the stream, in order; a subclass takes the ones that answer no command (pub/sub messages). */
  protected onReply(reply: RedisReply): void {
    const waiter = this.pending.shift();
    if (!waiter) {
      this.socket?.destroy(new Error('Redis sent a reply to no command.'));
      return;
    }
    if (waiter.timer) clearTimeout(waiter.timer);
    if (reply instanceof RedisReplyError) waiter.reject(reply);
    else waiter.resolve(reply);
  }

  protected writeRaw(socket: net.Socket, args: readonly (string | number)[]): void {
    socket.write(encodeCommand(args));
  }

  private send(socket: net.Socket, args: readonly (string | number)[]): Promise<RedisReply> {
    return new Promise<RedisReply>((resolve, reject) => {
      const timeoutMs = this.options.commandTimeoutMs ?? 2000;
      const entry: Pending = { resolve, reject, timer: null };
      entry.timer = setTimeout(() => {
        // Replies are matched by order: after a lost one the stream cannot be trusted.
        reject(new RedisUnavailableError(`Redis did not answer ${String(args[0])} within ${timeoutMs} ms.`));
        entry.reject = () => undefined;
        entry.resolve = () => undefined;
        socket.destroy();
      }, timeoutMs);
      entry.timer.unref();
      this.pending.push(entry);
      socket.write(encodeCommand(args));
    });
  }

  private connect(): void {
    this.reconnectTimer = null;
    const { host, port } = this.target;
    const socket = this.target.tls ? tls.connect({ host, port, servername: host }) : net.connect({ host, port });
    this.socket = socket;
    socket.setNoDelay(true);
    // Finds a peer that vanished without closing (a dead host, a dropped NAT entry).
    socket.setKeepAlive(true, 10_000);
    const connectTimer = setTimeout(() => socket.destroy(new Error('connect timeout')), this.options.connectTimeoutMs ?? 3000);
    connectTimer.unref();
    let lastError: Error | null = null;

    socket.once(this.target.tls ? 'secureConnect' : 'connect', () => {
      clearTimeout(connectTimer);
      void this.handshake(socket).catch((error: Error) => {
        lastError = error;
        socket.destroy();
      });
    });
    socket.on('data', (chunk: Buffer) => {
      if (socket !== this.socket) return;
      let replies: RedisReply[];
      try {
        replies = this.parser.feed(chunk);
      } catch (error) {
        socket.destroy(error as Error);
        return;
      }
      for (const reply of replies) this.onReply(reply);
    });
    socket.on('error', (error) => {
      lastError = error;
    });
    socket.on('close', () => {
      clearTimeout(connectTimer);
      if (socket !== this.socket) return;
      this.socket = null;
      this.ready = false;
      this.parser.reset();
      this.failPending(new RedisUnavailableError('The Redis connection was lost.'));
      this.onDisconnect();
      if (this.closed) return;
      if (!this.down) {
        this.down = true;
        this.options.log?.warn(`Redis (${this.options.name}) unreachable at ${host}:${port}: ${lastError?.message ?? 'connection closed'}; reconnecting`);
      }
      const base = Math.min(this.options.maxBackoffMs ?? 5000, (this.options.minBackoffMs ?? 100) * 2 ** Math.min(this.attempt, 16));
      this.attempt += 1;
      this.reconnectTimer = setTimeout(() => this.connect(), Math.round(base * (0.5 + Math.random() / 2)));
      this.reconnectTimer.unref();
    });
  }

  private async handshake(socket: net.Socket): Promise<void> {
    const { username, password, db } = this.target;
    const steps: (string | number)[][] = [];
    if (password) steps.push(username ? ['AUTH', username, password] : ['AUTH', password]);
    if (db !== 0) steps.push(['SELECT', db]);
    steps.push(['CLIENT', 'SETNAME', this.options.name.replace(/\s+/g, '-')]);
    // Pipelined: one round trip whatever the number of steps.
    await Promise.all(steps.map((step) => this.send(socket, step)));
    if (socket !== this.socket) return;
    this.ready = true;
    await this.afterConnect(socket);
    this.attempt = 0;
    if (this.down) {
      this.down = false;
      this.options.log?.info(`Redis (${this.options.name}) reconnected`);
    }
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    waiters.forEach((w) => w());
  }

  /** Lets a subclass forget per-connection state. */
  protected onDisconnect(): void {}

  private failPending(error: Error): void {
    for (const waiter of this.pending.splice(0)) {
      if (waiter.timer) clearTimeout(waiter.timer);
      waiter.reject(error);
    }
  }
}

/** A connection for ordinary commands (PUBLISH, EVAL, DEL, …). */
export class RedisClient extends RedisConnection {
  constructor(options: RedisConnectionOptions) {
    super(options);
  }

  call(...args: (string | number)[]): Promise<RedisReply> {
    return this.command(args);
  }
}

/**
 * A connection in subscribe mode. It remembers the channels it was asked for
 * and subscribes to them again on every reconnect; messages published while
 * it was away are lost (pub/sub keeps no history).
 */
export class RedisSubscriber extends RedisConnection {
  private readonly channels = new Set<string>();
  private readonly confirmed = new Set<string>();
  private readonly waiters = new Map<string, (() => void)[]>();

  constructor(
    options: RedisConnectionOptions,
    private readonly onMessage: (channel: string, message: string) => void,
  ) {
    super(options);
  }

  /** Resolves once Redis confirms the subscription (after a reconnect if it is down now). */
  subscribe(channel: string): Promise<void> {
    const first = !this.channels.has(channel);
    this.channels.add(channel);
    if (this.confirmed.has(channel)) return Promise.resolve();
    const done = new Promise<void>((resolve) => this.waiters.set(channel, [...(this.waiters.get(channel) ?? []), resolve]));
    if (first) this.write(['SUBSCRIBE', channel]);
    return done;
  }

  unsubscribe(channel: string): void {
    if (!this.channels.delete(channel)) return;
    for (const resolve of this.waiters.get(channel) ?? []) resolve();
    this.waiters.delete(channel);
    this.write(['UNSUBSCRIBE', channel]);
  }

  get subscribedChannels(): string[] {
    return [...this.channels];
  }

  protected override async afterConnect(socket: net.Socket): Promise<void> {
    if (this.channels.size > 0) this.writeRaw(socket, ['SUBSCRIBE', ...this.channels]);
  }

  protected override onDisconnect(): void {
    this.confirmed.clear();
  }

  protected override onReply(reply: RedisReply): void {
    if (Array.isArray(reply) && typeof reply[0] === 'string') {
      const [kind, channel, payload] = reply;
      if (kind === 'message' && typeof channel === 'string' && typeof payload === 'string') {
        this.onMessage(channel, payload);
        return;
      }
      if (kind === 'subscribe' && typeof channel === 'string') {
        this.confirmed.add(channel);
        for (const resolve of this.waiters.get(channel) ?? []) resolve();
        this.waiters.delete(channel);
        return;
      }
      if (kind === 'unsubscribe' && typeof channel === 'string') {
        this.confirmed.delete(channel);
        return;
      }
    }
    super.onReply(reply);
  }
}
