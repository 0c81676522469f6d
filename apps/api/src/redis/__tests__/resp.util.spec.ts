import { encodeCommand, RedisReply, RedisReplyError, RespParser, RespProtocolError } from '../resp.util';
import { parseRedisUrl } from '../redis-connection';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('the Redis protocol subset', () => {
  it('sends a command as an array of bulk strings, counting bytes rather than characters', () => {
    expect(encodeCommand(['PUBLISH', 'opsplan:org-events:1', '销售 ok']).toString()).toBe('*3\r\n$7\r\nPUBLISH\r\n$20\r\nopsplan:org-events:1\r\n$9\r\n销售 ok\r\n');
    expect(encodeCommand(['PEXPIRE', 'k', 900000]).toString()).toBe('*3\r\n$7\r\nPEXPIRE\r\n$1\r\nk\r\n$6\r\n900000\r\n');
  });

  it('reads every kind of reply, however the network splits the bytes', () => {
    const stream =
      '+OK\r\n' + '-ERR wrong number of arguments\r\n' + ':42\r\n' + ':-1\r\n' + '$-1\r\n' + '$0\r\n\r\n' + '$9\r\n销售 ok\r\n' + '*-1\r\n' + '*3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$13\r\n{"a":"\r\n中"}\r\n' + '*2\r\n*1\r\n:1\r\n*0\r\n';
    const whole = bytes(stream);
    const expected: RedisReply[] = [
      'OK',
      new RedisReplyError('ERR wrong number of arguments'),
      42,
      -1,
      null,
      '',
      '销售 ok',
      null,
      ['message', 'ch', '{"a":"\r\n中"}'],
      [[1], []],
    ];
    // In one piece, byte by byte, and cut at every position in two.
    const cuts: number[][] = [[], Array.from({ length: whole.length - 1 }, (_, i) => i + 1), ...Array.from({ length: whole.length - 1 }, (_, i) => [i + 1])];
    for (const cut of cuts) {
      const parser = new RespParser();
      const replies: RedisReply[] = [];
      let from = 0;
      for (const at of [...cut, whole.length]) {
        replies.push(...parser.feed(whole.subarray(from, at)));
        from = at;
      }
      expect(replies).toEqual(expected);
      const error = replies[1] as RedisReplyError;
      expect(error).toBeInstanceOf(RedisReplyError);
      expect(error.message).toBe('ERR wrong number of arguments');
    }
  });

  it('refuses a stream that is not RESP instead of guessing', () => {
    for (const bad of ['?what\r\n', ':12a\r\n', '$3\r\nabcd\r\n', '$-5\r\n', '*99999999999\r\n']) {
      expect(() => new RespParser().feed(bytes(bad))).toThrow(RespProtocolError);
    }
  });

  it('reads REDIS_URL', () => {
    expect(parseRedisUrl('redis://127.0.0.1:6390')).toEqual({ host: '127.0.0.1', port: 6390, tls: false, username: undefined, password: undefined, db: 0 });
    expect(parseRedisUrl('rediss://opsplan:p%40ss@cache.internal/2')).toEqual({ host: 'cache.internal', port: 6379, tls: true, username: 'opsplan', password: 'p@ss', db: 2 });
    expect(parseRedisUrl('redis://:secret@[::1]:7000')).toMatchObject({ host: '::1', port: 7000, username: undefined, password: 'secret' });
    expect(() => parseRedisUrl('http://localhost:6379')).toThrow('redis://');
    expect(() => parseRedisUrl('redis://localhost/cache')).toThrow('by number');
    expect(() => parseRedisUrl('localhost:6379')).toThrow();
  });
});
