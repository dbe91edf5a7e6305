/**
 * The fast way to read a large YAML file into plain data: js-yaml's event parser (several times faster than
 * the `yaml` package's Document layer, which keeps every comment and every byte's place) and a small
 * iterative builder. It gives the data readYaml gives, for the plain YAML that design files and templates are
 * made of. Anything beyond (anchors, aliases, tags, directives, merge keys, keys that are lists or maps, `null`
 * keys, the same key twice, more than one document, a carriage return alone, a byte order mark inside) or
 * anything js-yaml refuses gives `undefined`, and the caller reads the text the full way, whose diagnostics say
 * what is wrong and where. Plain scalars are resolved by the `yaml` package's own YAML 1.2 core schema, so
 * `2021-04-16` stays text and `0o17` is 15 exactly as in the full reading (fastRead.test.ts compares both).
 */
import {
  EVENT_ALIAS,
  EVENT_DOCUMENT,
  EVENT_MAPPING,
  EVENT_POP,
  EVENT_SCALAR,
  EVENT_SEQUENCE,
  SCALAR_STYLE_PLAIN,
  getScalarValue,
  parseEvents,
} from 'js-yaml';
import type { Event } from 'js-yaml';
import { Schema, isScalar } from 'yaml';
import type { ScalarTag } from 'yaml';
import { setOwn } from '../hot/value';

/** The core schema's scalar tags that resolve plain scalars, in the order the `yaml` package tries them. */
const PLAIN_TAGS = new Schema({ schema: 'core' }).tags.filter(
  (t): t is ScalarTag & { test: RegExp } => 'test' in t && t.test instanceof RegExp && !!t.default,
);

/** Not plain YAML: read the full way. */
const BEYOND = Symbol('beyond plain YAML');

/** A plain scalar's value, as the `yaml` package's core schema reads it (BEYOND for a merge key `<<`). */
export function resolvePlain(source: string): unknown {
  if (source === '<<') return BEYOND;
  for (const tag of PLAIN_TAGS) {
    if (!tag.test.test(source)) continue;
    const value: unknown = tag.resolve(source, () => undefined, { intAsBigInt: false });
    return isScalar(value) ? value.value : value;
  }
  return source;
}

type Container = { map: Record<string, unknown>; key: string | undefined } | { list: unknown[] };

/** Put `value` into the innermost container (a map's value after its key, or a list item); false when beyond. */
function add(top: Container, value: unknown, isCollection: boolean): boolean {
  if ('list' in top) {
    top.list.push(value);
    return true;
  }
  if (top.key !== undefined) {
    setOwn(top.map, top.key, value);
    top.key = undefined;
    return true;
  }
  // a key: a scalar only, not null, and new in its map (YAML compares keys as the full reading makes them)
  if (isCollection || value === null) return false;
  const key = String(value);
  if (Object.prototype.hasOwnProperty.call(top.map, key)) return false;
  top.key = key;
  return true;
}

/** Is the next scalar in `top` a map key? */
const isKeyPlace = (top: Container | undefined) =>
  top !== undefined && 'map' in top && top.key === undefined;

const LONE_CR = /\r(?!\n)/;

const hasProps = (e: { anchorStart: number; tagStart: number }) =>
  e.anchorStart !== -1 || e.tagStart !== -1;

/** A plain scalar value's final value (not a key's), e.g. Heat's `yes`/`no` booleans. */
export type PlainValueHook = (source: string, value: unknown) => unknown;

function build(
  text: string,
  events: readonly Event[],
  plainValue: PlainValueHook | undefined,
): { value: unknown } | undefined {
  const stack: Container[] = [];
  let documents = 0;
  let result: unknown = null;
  const place = (value: unknown, isCollection: boolean): boolean => {
    const top = stack[stack.length - 1];
    if (top === undefined) {
      result = value;
      return true;
    }
    return add(top, value, isCollection);
  };
  for (const e of events) {
    if (e.type === EVENT_DOCUMENT) {
      if (++documents > 1 || e.directives.length > 0) return undefined;
    } else if (e.type === EVENT_SCALAR) {
      if (hasProps(e)) return undefined;
      const source = getScalarValue(text, e);
      let value = e.style === SCALAR_STYLE_PLAIN ? resolvePlain(source) : source;
      if (plainValue && e.style === SCALAR_STYLE_PLAIN && !isKeyPlace(stack[stack.length - 1]))
        value = plainValue(source, value);
      if (value === BEYOND || !place(value, false)) return undefined;
    } else if (e.type === EVENT_MAPPING || e.type === EVENT_SEQUENCE) {
      if (hasProps(e)) return undefined;
      const container: Container =
        e.type === EVENT_MAPPING ? { map: {}, key: undefined } : { list: [] };
      if (!place('map' in container ? container.map : container.list, true)) return undefined;
      stack.push(container);
    } else if (e.type === EVENT_POP) {
      stack.pop();
    } else if (e.type === EVENT_ALIAS) return undefined;
  }
  return documents === 1 ? { value: result } : undefined;
}

/** js-yaml's parser recurses once per level of nesting: deeper than this, read the full way. */
const MAX_PARSER_DEPTH = 1000;

/**
 * The plain data of `text`, or undefined when it is not plain YAML (or not well-formed): read it the full way.
 * The data may nest deeper than any limit up to MAX_PARSER_DEPTH levels: the caller checks its depth.
 */
export function readPlainData(
  text: string,
  plainValue?: PlainValueHook,
): { value: unknown } | undefined {
  // a carriage return alone ends a line for js-yaml (as YAML 1.2 says) but not for the `yaml` package, and a
  // byte order mark after the start is text for js-yaml but skipped by the `yaml` package
  if (LONE_CR.test(text) || text.indexOf('\uFEFF', 1) !== -1) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_PARSER_DEPTH });
  } catch {
    return undefined;
  }
  return build(text, events, plainValue);
}
