import { typeSchema } from '../catalog/catalog';
import type { Catalog, ResourceTypeSchema } from '../catalog/types';
import { isHiddenAttribute } from './support';

/** A type given as a template file or URL (a provider template): Heat accepts it, the catalog cannot describe it. */
export function isProviderTemplateType(type: string): boolean {
  return /\.(ya?ml|template|json)$/i.test(type) || type.includes('://');
}

/** Types that accept any property (OS::Heat::None stubs out any other resource). */
const OPEN_PROPERTIES = new Set(['OS::Heat::None']);

/** Types whose attributes are open: any name (deployment outputs, None), or names with these prefixes. */
const OPEN_ATTRIBUTES = new Set([
  'OS::Heat::None',
  'OS::Heat::SoftwareDeployment',
  'OS::Heat::SoftwareDeployments',
  'OS::Heat::SoftwareDeploymentGroup',
  'OS::Heat::StructuredDeployment',
  'OS::Heat::StructuredDeployments',
  'OS::Heat::StructuredDeploymentGroup',
]);
const ATTRIBUTE_PREFIXES: Record<string, string[]> = {
  'OS::Heat::ResourceGroup': ['resource.'],
  'OS::Heat::AutoScalingGroup': ['resource.'],
  'OS::Heat::ResourceChain': ['resource.'],
  'AWS::CloudFormation::Stack': ['Outputs.'],
};

export function hasOpenProperties(type: string): boolean {
  return OPEN_PROPERTIES.has(type);
}

/** Can `get_attr` read `attribute` of a resource of this type? (`show` exists on every resource; hidden ones resolve too.) */
export function hasAttribute(catalog: Catalog, type: string, attribute: string): boolean {
  const schema: ResourceTypeSchema | undefined = typeSchema(catalog, type);
  if (schema === undefined || OPEN_ATTRIBUTES.has(type) || attribute === 'show') return true;
  if (Object.prototype.hasOwnProperty.call(schema.attributes, attribute)) return true;
  if (isHiddenAttribute(schema, attribute)) return true;
  return (ATTRIBUTE_PREFIXES[type] ?? []).some((p) => attribute.startsWith(p));
}
