/**
 * Hostile inputs for the fuzz test and bench/fuzz.ts: mutations of the bundled example designs and of their
 * compiled templates, plus hand-made attacks (hostile keys, huge and deep values, aliases, broken text).
 * Seeded through fast-check, so a seed and a count always give the same inputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { repoRoot } from './corpus';

/** Keys that break naive maps, paths and regular expressions. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  '0',
  '-1',
  '1e400',
  '',
  ' ',
  'é東京',
  '🙂',
  '../escape',
  '/etc/passwd',
  'a/b',
  '..',
  '.',
  'NaN',
  'null',
  '\n',
  'x'.repeat(3000),
] as const;

export type FuzzInput =
  { kind: 'design'; label: string; text: string } | { kind: 'hot'; label: string; text: string };

const examplesDir = path.join(repoRoot, 'assets/examples');
const EXAMPLES = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.isotherm.yaml'))
  .sort()
  .map((f) => readFileSync(path.join(examplesDir, f), 'utf8'));

type Data = Record<string, unknown>;
const isObj = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `map` with key `from` renamed to `to` (same place), keeping hostile keys as own data. */
function renameKey(map: Data, from: string, to: string): Data {
  const out: Data = {};
  for (const [k, v] of Object.entries(map))
    Object.defineProperty(out, k === from ? to : k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** Every string equal to `from` anywhere in `value` becomes `to` (references follow a rename). */
function replaceStrings(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, from, to));
  if (isObj(value)) {
    const out: Data = {};
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, {
        value: replaceStrings(v, from, to),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  }
  return value;
}

function setKey(map: unknown, key: string, value: unknown): void {
  if (isObj(map))
    Object.defineProperty(map, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

const key = fc.oneof(
  fc.constantFrom(...HOSTILE_KEYS),
  fc.string({ maxLength: 8 }),
  fc.nat().map(String),
);

/** One structural mutation of a design (or template) object. */
type Mutation = (doc: Data, pick: (n: number) => number, k: string) => Data;

const section = (doc: Data, name: string): Data => (isObj(doc[name]) ? (doc[name] as Data) : {});
const nth = (map: Data, pick: (n: number) => number): string | undefined => {
  const keys = Object.keys(map);
  return keys.length === 0 ? undefined : keys[pick(keys.length)];
};

const MUTATIONS: Mutation[] = [
  // rename a lane (references to it follow)
  (doc, pick, k) => {
    const lane = nth(section(doc, 'regions'), pick);
    if (lane === undefined) return doc;
    const out = replaceStrings(doc, lane, k) as Data;
    out.regions = renameKey(section(out, 'regions'), lane, k);
    return out;
  },
  // rename a resource (references and layout follow)
  (doc, pick, k) => {
    const id = nth(section(doc, 'resources'), pick);
    if (id === undefined) return doc;
    const out = replaceStrings(doc, id, k) as Data;
    out.resources = renameKey(section(out, 'resources'), id, k);
    if (isObj(out.layout)) out.layout = renameKey(out.layout, id, k);
    return out;
  },
  // rename a parameter or an output
  (doc, pick, k) => {
    const which = pick(2) === 0 ? 'parameters' : 'outputs';
    const name = nth(section(doc, which), pick);
    if (name === undefined) return doc;
    const out = replaceStrings(doc, name, k) as Data;
    out[which] = renameKey(section(out, which), name, k);
    return out;
  },
  // a hostile key inside properties, layout, a region or the top level
  (doc, pick, k) => {
    const id = nth(section(doc, 'resources'), pick);
    const targets = [
      doc,
      section(doc, 'regions'),
      section(doc, 'layout'),
      id === undefined ? {} : section(section(doc, 'resources'), id),
      id === undefined ? {} : (section(section(doc, 'resources'), id).properties ?? {}),
    ];
    setKey(targets[pick(targets.length)], k, pick(3) === 0 ? { get_resource: k } : k);
    return doc;
  },
  // a reference to a hostile name
  (doc, pick, k) => {
    const id = nth(section(doc, 'resources'), pick);
    if (id === undefined) return doc;
    const r = section(section(doc, 'resources'), id);
    const refs = [{ get_resource: k }, { get_attr: [k, 'x'] }, { get_param: k }, { if: [k, 1, 2] }];
    if (pick(2) === 0) r.depends_on = [k];
    else r.properties = { ...(isObj(r.properties) ? r.properties : {}), value: refs[pick(4)] };
    return doc;
  },
  // many lanes and resources (size)
  (doc, pick) => {
    const n = 200 + pick(2000);
    const regions: Data = { ...section(doc, 'regions') };
    const resources: Data = { ...section(doc, 'resources') };
    for (let i = 0; i < n; i++) {
      regions[`l${i % 50}`] = { region_name: 'RegionOne' };
      resources[`r${i}`] = {
        type: 'OS::Heat::Value',
        region: `l${i % 50}`,
        properties: { value: i > 0 ? { get_attr: [`r${i - 1}`, 'value'] } : 'x' },
      };
    }
    return { ...doc, regions, resources };
  },
  // deep nesting
  (doc, pick) => {
    let v: unknown = 'leaf';
    for (let i = 0, n = 20 + pick(200); i < n; i++) v = pick(2) === 0 ? [v] : { a: v };
    const id = nth(section(doc, 'resources'), pick);
    if (id !== undefined) section(section(doc, 'resources'), id).properties = { value: v };
    return doc;
  },
  // long strings, odd scalars
  (doc, pick) => {
    const odd = [
      'a'.repeat(200_000),
      ' '.repeat(100_000),
      '\t\n'.repeat(10_000),
      Number.MAX_VALUE * 10,
      -0,
      null,
    ];
    setKey(doc, ['name', 'description', 'heat_template_version'][pick(3)]!, odd[pick(odd.length)]);
    return doc;
  },
];

/** YAML text from data, keeping own `__proto__` keys (the yaml package writes own enumerable keys). */
const toYaml = (doc: Data): string =>
  stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 });

/** Text-level damage: truncation, duplicated lines, alias bombs, junk bytes. */
const TEXT_ATTACKS: ((text: string, pick: (n: number) => number) => string)[] = [
  (t, pick) => t.slice(0, pick(t.length + 1)),
  (t, pick) => {
    const lines = t.split('\n');
    const i = pick(lines.length);
    return [...lines.slice(0, i), lines[i] ?? '', ...lines.slice(i)].join('\n');
  },
  (t) =>
    `${t}\nx0: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${Array.from(
      { length: 9 },
      (_, i) =>
        `x${i + 1}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
    ).join('\n')}\n`,
  (t, pick) => {
    const i = pick(t.length + 1);
    return (
      t.slice(0, i) +
      ['\u0000', '\uFFFF', '{', '[', ':', '&', '*', '!!js/function', '\r'][pick(9)] +
      t.slice(i)
    );
  },
  (t) => `${t}${'['.repeat(5000)}`,
  (t) => `${t}\nx: "${'\\"'.repeat(50_000)}"\n`,
  (t) => `${'# comment\n'.repeat(20_000)}${t}`,
];

/** The template of a design's lanes, as a plain HOT map (no `regions:`, no `region:`), for the importer. */
function asTemplate(doc: Data): Data {
  const resources: Data = {};
  for (const [id, r] of Object.entries(section(doc, 'resources'))) {
    const { region: _region, ...rest } = isObj(r) ? r : {};
    setKey(resources, id, rest);
  }
  return {
    heat_template_version: doc.heat_template_version ?? '2021-04-16',
    parameters: doc.parameters ?? {},
    resources,
    outputs: doc.outputs ?? {},
  };
}

const inputArb: fc.Arbitrary<(index: number) => FuzzInput> = fc
  .record({
    example: fc.nat(EXAMPLES.length - 1),
    kind: fc.constantFrom('design', 'design', 'hot'),
    mutations: fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), key), {
      minLength: 1,
      maxLength: 4,
    }),
    text: fc.option(fc.nat(TEXT_ATTACKS.length - 1), { freq: 4 }),
    picks: fc.array(fc.nat(), { minLength: 32, maxLength: 32 }),
  })
  .map((c) => (index: number) => {
    let p = 0;
    const pick = (n: number) => (n <= 0 ? 0 : c.picks[p++ % c.picks.length]! % n);
    let doc = parse(EXAMPLES[c.example]!) as Data;
    for (const [m, k] of c.mutations) doc = MUTATIONS[m]!(doc, pick, k);
    let text = toYaml(c.kind === 'hot' ? asTemplate(doc) : doc);
    if (c.text !== null) text = TEXT_ATTACKS[c.text]!(text, pick);
    const label = `#${index} ${c.kind} example ${c.example} mutations ${c.mutations.map(([m, k]) => `${m}:${JSON.stringify(k.slice(0, 20))}`).join(',')} text ${c.text}`;
    return { kind: c.kind, label, text };
  });

const BATCH = 200;

/**
 * `count` inputs from `seed`, starting at input `from` (a multiple of 200): the same seed gives the same inputs,
 * so a long run can be split into parts that together make the same run.
 */
export function* fuzzInputs(seed: number, count: number, from = 0): Generator<FuzzInput> {
  if (from % BATCH !== 0) throw new Error(`fuzzInputs: from must be a multiple of ${BATCH}`);
  const batch = BATCH;
  for (let done = from; done < from + count; done += batch) {
    const n = Math.min(batch, from + count - done);
    const makers = fc.sample(inputArb, { seed: seed + done, numRuns: n });
    for (let i = 0; i < n; i++) yield makers[i]!(done + i);
  }
}
