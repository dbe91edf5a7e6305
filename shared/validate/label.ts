/** How messages name a resource: `Port 'port1'` (the last part of the type, then the id). */
export function resourceLabel(id: string, type: string | undefined): string {
  const short = type === undefined ? 'Resource' : (type.split('::').pop() ?? type);
  return `${short || 'Resource'} '${id}'`;
}

/** `OS::Neutron::Net` -> `Net`; a list joins with "or": `Net or ProviderNet`. */
export function typeNames(types: readonly string[]): string {
  const short = [...new Set(types.map((t) => t.split('::').pop() ?? t))];
  return short.length <= 1
    ? (short[0] ?? '')
    : `${short.slice(0, -1).join(', ')} or ${short[short.length - 1]}`;
}
