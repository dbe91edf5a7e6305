import type { HotMap, HotValue } from '../design/model';
import { clone, intrinsicOf, transformHot, visitHot } from '../hot';
import type { LaneTemplate } from './lane';
import { plainReference, substitute } from './wiring';

/** Values of a model-2 parent's scope carried into the design's: stack outputs become what the children hold. */

/** Does a child output's value depend on the child's own parameters or conditions (so it cannot move)? */
export function childScoped(value: HotValue): boolean {
  if (plainReference(value) !== undefined) return false;
  let scoped = false;
  visitHot(value, (node) => {
    const f = intrinsicOf(node);
    if (f?.fn === 'get_param' || f?.fn === 'if') scoped = true;
  });
  return scoped;
}

/**
 * A value of the parent's scope, with every `get_attr: [<stack>, outputs, <name>, ...]` replaced by what the child's
 * output holds (references into that lane). `problems` says what could not be translated.
 */
export function translateParentValue(
  value: HotValue,
  lanes: ReadonlyMap<string, LaneTemplate>,
): { value: HotValue; problems: string[] } {
  const problems: string[] = [];
  const out = transformHot(value, (node): HotValue | undefined => {
    const f = intrinsicOf(node);
    if (f?.fn === 'get_resource' && typeof f.args === 'string' && lanes.has(f.args)) {
      problems.push(`get_resource ${f.args} (the id of a nested stack, which becomes a lane)`);
      return node;
    }
    if (f?.fn !== 'get_attr' || !Array.isArray(f.args) || typeof f.args[0] !== 'string')
      return undefined;
    const lane = lanes.get(f.args[0]);
    if (lane === undefined) return undefined;
    const [stack, attr, name, ...rest] = f.args;
    if (attr !== 'outputs') {
      problems.push(
        `get_attr ${stack}.${JSON.stringify(attr ?? null)} (only the outputs of a nested stack can be imported)`,
      );
      return node;
    }
    if (name === undefined) {
      const all: HotMap = {};
      for (const [n, o] of Object.entries(lane.outputs)) all[n] = clone(o.value);
      if (Object.values(all).some(childScoped))
        problems.push(
          `get_attr ${stack}.outputs (an output of ${stack} uses its own parameters or conditions)`,
        );
      return all;
    }
    const output = typeof name === 'string' ? lane.outputs[name] : undefined;
    if (output === undefined) {
      problems.push(
        `get_attr ${stack}.outputs.${JSON.stringify(name)} (stack ${stack} has no such output)`,
      );
      return node;
    }
    if (childScoped(output.value)) {
      problems.push(
        `output ${String(name)} of ${stack} (it uses the stack's own parameters or conditions)`,
      );
      return node;
    }
    const result = substitute(output.value, rest);
    if (result === undefined)
      problems.push(
        `get_attr ${stack}.outputs.${String(name)} with a path (the output is not a get_attr)`,
      );
    return result ?? node;
  });
  return { value: out, problems };
}

/**
 * `{if: [cond, {get_attr: [stack, outputs, x]}, default]}` feeding a parameter the compiler made (described
 * `Isotherm: output ...`) is the exporter's guard for a conditional source: the design holds the plain reference.
 */
export function unguard(
  value: HotValue,
  def: HotMap | undefined,
  lanes: ReadonlyMap<string, LaneTemplate>,
): HotValue {
  const f = intrinsicOf(value);
  if (f?.fn !== 'if' || !Array.isArray(f.args) || f.args.length !== 3) return value;
  if (typeof def?.description !== 'string' || !def.description.startsWith('Isotherm: output '))
    return value;
  const inner = intrinsicOf(f.args[1]);
  const fromStack =
    inner?.fn === 'get_attr' &&
    Array.isArray(inner.args) &&
    lanes.has(inner.args[0] as string) &&
    inner.args[1] === 'outputs';
  return fromStack ? f.args[1]! : value;
}
