/**
 * A minimal Server-Sent Events parser for streams read with fetch (EventSource cannot send the token header).
 * Feeds each complete event's `data` (joined lines) to `onData`; comments and other fields are ignored.
 */
export function createSseParser(onData: (data: string) => void): { push(chunk: string): void } {
  let buffer = '';
  let data: string[] = [];
  const line = (text: string): void => {
    if (text === '') {
      if (data.length > 0) onData(data.join('\n'));
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
  };
  return {
    push(chunk: string): void {
      buffer += chunk;
      let nl = buffer.search(/\r\n|\r|\n/);
      while (nl !== -1) {
        const sep = buffer[nl] === '\r' && buffer[nl + 1] === '\n' ? 2 : 1;
        line(buffer.slice(0, nl));
        buffer = buffer.slice(nl + sep);
        nl = buffer.search(/\r\n|\r|\n/);
      }
    },
  };
}
