import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse';

function parseAll(chunks: string[]): string[] {
  const out: string[] = [];
  const parser = createSseParser((d) => out.push(d));
  chunks.forEach((c) => parser.push(c));
  return out;
}

describe('createSseParser', () => {
  it('yields the data of each complete event and ignores comments', () => {
    expect(
      parseAll([
        ': ping\n\n',
        'data: {"a":1}\n\n',
        'event: x\ndata: one\ndata: two\n\n',
        'data: incomplete\n',
      ]),
    ).toEqual(['{"a":1}', 'one\ntwo']);
  });

  it('handles CRLF line ends', () => {
    expect(parseAll(['data: a\r\n\r\ndata: b\r\n\r\n'])).toEqual(['a', 'b']);
  });

  it('gives the same events however the stream is split into chunks', () => {
    const messages = fc.array(
      fc.string({ minLength: 1 }).filter((s) => !/[\r\n]/.test(s)),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(messages, fc.array(fc.nat(), { maxLength: 10 }), (msgs, cuts) => {
        const stream = msgs.map((m) => `data: ${m}\n\n`).join('');
        const points = [...new Set(cuts.map((c) => c % (stream.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let last = 0;
        for (const p of points) {
          chunks.push(stream.slice(last, p));
          last = p;
        }
        chunks.push(stream.slice(last));
        expect(parseAll(chunks)).toEqual(msgs);
      }),
    );
  });
});
