import type { BindingOptions } from '../../shared/design/ops';

/**
 * What dropping a drawn connection on a node will do, said on that node while the pointer is over it:
 * the one property it binds, or that a chooser will ask which one.
 */
export function dropHint(options: BindingOptions): string {
  const [only, ...more] = options.fitting;
  if (only !== undefined && more.length === 0) return `binds ${only.label}`;
  if (only !== undefined) return `choose: ${options.fitting.length} properties fit`;
  if (options.attributes.length > 0) return 'choose an attribute or depends_on';
  return 'depends_on only';
}
