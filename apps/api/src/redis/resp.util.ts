/**
 * The part of the Redis protocol (RESP2) that OpsPlan speaks: commands go out
 * as arrays of bulk strings, replies come back as simple strings, errors,
 * integers, bulk strings and arrays. Bulk strings are read as UTF-8 text:
 * everything OpsPlan stores or publishes is text.
 */

export type RedisReply = string | number | null | RedisReplyError | RedisReply[];

/** An error reply (`-ERR …`): the command failed, the connection is fine. */
export class RedisReplyError extends Error {
  override readonly name = 'RedisReplyError';
}

/** The stream is not RESP: the connection cannot be trusted any more. */
export class RespProtocolError extends Error {
  override readonly name = 'RespProtocolError';
}

const CRLF = '\r\n';

export function encodeCommand(args: readonly (string | number)[]): Buffer {
  const parts: string[] = [`*${args.length}${CRLF}`];
  for (const arg of args) {
    const text = String(arg);
    parts.push(`$${Buffer.byteLength(text)}${CRLF}${text}${CRLF}`);
  }
  return Buffer.from(parts.join(''));
}

/** Bulk strings and arrays above these sizes are refused as a broken stream rather than buffered. */
const MAX_BULK_BYTES = 64 * 1024 * 1024;
const MAX_ARRAY_LENGTH = 1024 * 1024;

/**
 * Turns the bytes of a connection into replies, however the network splits
 * them. Incomplete input waits for the next chunk.
 */
export class RespParser {
  private buffer: Buffer = Buffer.alloc(0);

  /** Adds a chunk and returns every reply it completes, in order. Throws RespProtocolError on a malformed stream. */
  feed(chunk: Buffer): RedisReply[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const replies: RedisReply[] = [];
    let offset = 0;
    for (;;) {
      const parsed = parseAt(this.buffer, offset);
      if (!parsed) break;
      replies.push(parsed.value);
      offset = parsed.next;
    }
    this.buffer = offset === this.buffer.length ? Buffer.alloc(0) : this.buffer.subarray(offset);
    return replies;
  }

  reset(): void {
    this.buffer = Buffer.alloc(0);
  }
}

interface Parsed {
  value: RedisReply;
  next: number;
}

function parseAt(buf: Buffer, offset: number): Parsed | undefined {
  if (offset >= buf.length) return undefined;
  const lineEnd = buf.indexOf(CRLF, offset + 1);
  if (lineEnd < 0) return undefined;
  const type = String.fromCharCode(buf[offset]);
  const line = buf.toString('utf8', offset + 1, lineEnd);
  const after = lineEnd + 2;
  switch (type) {
    case '+':
      return { value: line, next: after };
    case '-':
      return { value: new RedisReplyError(line), next: after };
    case ':':
      return { value: integer(line), next: after };
    case '$': {
      const length = integer(line);
      if (length === -1) return { value: null, next: after };
      if (length < 0 || length > MAX_BULK_BYTES) throw new RespProtocolError(`Bad bulk string length ${line}.`);
      if (buf.length < after + length + 2) return undefined;
      if (buf[after + length] !== 13 || buf[after + length + 1] !== 10) throw new RespProtocolError('Bulk string not followed by CRLF.');
      return { value: buf.toString('utf8', after, after + length), next: after + length + 2 };
    }
    case '*': {
      const length = integer(line);
      if (length === -1) return { value: null, next: after };
      if (length < 0 || length > MAX_ARRAY_LENGTH) throw new RespProtocolError(`Bad array length ${line}.`);
      const items: RedisReply[] = [];
      let next = after;
      for (let i = 0; i < length; i++) {
        const item = parseAt(buf, next);
        if (!item) return undefined;
        items.push(item.value);
        next = item.next;
      }
      return { value: items, next };
    }
    default:
      throw new RespProtocolError(`Unexpected reply type ${JSON.stringify(type)}.`);
  }
}

function integer(text: string): number {
  if (!/^-?\d+$/.test(text)) throw new RespProtocolError(`Not an integer: ${JSON.stringify(text)}.`);
  return Number(text);
}
