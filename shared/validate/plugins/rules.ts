import { intrinsicCall, isMap } from '../../hot';
import type { HotMap, HotValue } from '../../hot';
import { diag, type Diagnostic } from '../../util/diagnostics';
import { CODES } from '../codes';

/**
 * Cross-property rules that Heat's resource plugins check in their validate() (heat/engine/resources/openstack/...).
 * Heat runs them at stack create and preview, not in POST /validate. A value computed by an intrinsic function is
 * taken as set and unknown: a rule fires only on what the template says for certain.
 */
type Path = (string | number)[];

/** The properties of one resource (or one item of a list property), read as Heat's plugin reads them. */
export class Props {
  constructor(
    readonly values: HotMap,
    /** Where these values sit below the resource: `['properties']` or `['properties', 'networks', 0]`. */
    readonly at: Path,
  ) {}

  /** Heat's `is not None`: the key is there with a value (an intrinsic counts as a value). */
  given(...keys: string[]): boolean {
    return keys.some((k) => this.values[k] !== undefined && this.values[k] !== null);
  }

  /** Python truthiness of the value; an intrinsic counts as true (its value is unknown offline). */
  truthy(...keys: string[]): boolean {
    return keys.some((k) => {
      const v = this.values[k];
      if (v === undefined || v === null) return false;
      if (intrinsicCall(v) !== undefined) return true;
      if (Array.isArray(v)) return v.length > 0;
      if (isMap(v)) return Object.keys(v).length > 0;
      return v !== '' && v !== 0 && v !== false;
    });
  }

  /** The literal value of a key (undefined when absent, null or computed). */
  literal(key: string): HotValue | undefined {
    const v = this.values[key];
    return v === undefined || v === null || intrinsicCall(v) !== undefined ? undefined : v;
  }

  /** The items of a literal list property, each as Props (computed lists give none). */
  items(key: string): Props[] {
    const v = this.literal(key);
    if (!Array.isArray(v)) return [];
    return v.flatMap((item, i) => (isMap(item) ? [new Props(item, [...this.at, key, i])] : []));
  }

  path(key?: string): Path {
    return key === undefined ? this.at : [...this.at, key];
  }
}

export interface RuleContext {
  id: string;
  /** `Subnet 'sub'`. */
  label: string;
  out: Diagnostic[];
}

/** Heat's ResourcePropertyConflict. */
export function conflict(ctx: RuleContext, p: Props, keys: string[], at = keys[keys.length - 1]!) {
  ctx.out.push(
    diag(
      CODES.E_PROPERTY_CONFLICT,
      'error',
      `${ctx.label}: cannot define the following properties at the same time: ${keys.join(', ')}. Keep one of them.`,
      { resource: ctx.id, path: p.path(at) },
    ),
  );
}

/** Heat's PropertyUnspecifiedError. */
export function unspecified(ctx: RuleContext, p: Props, keys: string[]) {
  ctx.out.push(
    diag(
      CODES.E_PROPERTY_UNSPECIFIED,
      'error',
      `${ctx.label}: at least one of the following properties must be specified: ${keys.join(', ')}.`,
      { resource: ctx.id, path: p.path(keys[0]) },
    ),
  );
}

/** Heat's ResourcePropertyDependency. */
export function dependency(ctx: RuleContext, p: Props, key: string, needs: string) {
  ctx.out.push(
    diag(
      CODES.E_PROPERTY_DEPENDENCY,
      'error',
      `${ctx.label}: ${key} cannot be specified without ${needs}. Set ${needs} or remove ${key}.`,
      { resource: ctx.id, path: p.path(key) },
    ),
  );
}

/** Any other refusal of a plugin's validate() (Heat's StackValidationFailed). */
export function rule(ctx: RuleContext, path: Path, message: string) {
  ctx.out.push(
    diag(CODES.E_PROPERTY_RULE, 'error', `${ctx.label}: ${message}`, { resource: ctx.id, path }),
  );
}

export type PluginRule = (ctx: RuleContext, props: Props) => void;
