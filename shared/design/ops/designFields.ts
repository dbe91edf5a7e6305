import type { Design, DesignOutput, HotMap, HotValue } from '../model';
import { isMap } from '../../hot';

/** Edits of the design's own fields: name, description, version, parameters, outputs. */

export function setDesignMeta(
  design: Design,
  patch: Partial<Pick<Design, 'name' | 'description' | 'heat_template_version'>>,
): Design {
  const next: Design = { ...design, ...patch };
  if (next.description === undefined || next.description === '') delete next.description;
  return next;
}

/** Set (or with `undefined`, remove) a parameter definition. */
export function setParameter(design: Design, name: string, definition: HotMap | undefined): Design {
  const parameters = { ...design.parameters };
  if (definition === undefined) delete parameters[name];
  else parameters[name] = definition;
  return { ...design, parameters };
}

function renameGetParam(
  value: HotValue | undefined,
  from: string,
  to: string,
): HotValue | undefined {
  if (value === undefined || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => renameGetParam(v, from, to) as HotValue);
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'get_param') {
    const arg = value.get_param;
    if (arg === from) return { get_param: to };
    if (Array.isArray(arg) && arg[0] === from) return { get_param: [to, ...arg.slice(1)] };
  }
  // fromEntries keeps a `__proto__` key as a key (an assignment would set the prototype)
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, renameGetParam(v, from, to) as HotValue]),
  ) as HotMap;
}

/** Rename a parameter and every `get_param` of it (keeps the order of parameters). */
export function renameParameter(design: Design, from: string, to: string): Design {
  if (from === to || design.parameters[from] === undefined || design.parameters[to] !== undefined)
    return design;
  const parameters = Object.fromEntries(
    Object.entries(design.parameters).map(([k, v]) => [k === from ? to : k, v]),
  );
  const resources = Object.fromEntries(
    Object.entries(design.resources).map(([id, r]) => {
      const properties = renameGetParam(r.properties, from, to);
      return [id, { ...r, ...(isMap(properties) ? { properties } : {}) }];
    }),
  );
  const outputs = Object.fromEntries(
    Object.entries(design.outputs).map(([k, o]) => [
      k,
      { ...o, value: renameGetParam(o.value, from, to) ?? null },
    ]),
  );
  return { ...design, parameters, resources, outputs };
}

export function setOutput(design: Design, name: string, output: DesignOutput | undefined): Design {
  const outputs = { ...design.outputs };
  if (output === undefined) delete outputs[name];
  else outputs[name] = output;
  return { ...design, outputs };
}

export function renameOutput(design: Design, from: string, to: string): Design {
  if (from === to || design.outputs[from] === undefined || design.outputs[to] !== undefined)
    return design;
  return {
    ...design,
    outputs: Object.fromEntries(
      Object.entries(design.outputs).map(([k, v]) => [k === from ? to : k, v]),
    ),
  };
}
