import { typeSchema } from '../../catalog/catalog';
import type { Catalog } from '../../catalog/types';
import { intrinsicCall } from '../../hot';
import type { Design } from '../../design/model';
import { listResources, type ResourceList } from '../../design/resourceList';
import type { Diagnostic } from '../../util/diagnostics';
import { resourceLabel } from '../label';
import { listener, pool } from './lbaas';
import {
  floatingIp,
  port,
  routerInterface,
  securityGroup,
  securityGroupRule,
  subnet,
} from './neutron';
import { Props, type PluginRule } from './rules';
import { serverBlockDevices, serverNetworks } from './server';

/** Resource type -> the checks of its Heat plugin's validate(). */
const PLUGIN_RULES: Record<string, readonly PluginRule[]> = {
  'OS::Neutron::Subnet': [subnet],
  'OS::Neutron::Port': [port],
  'OS::Neutron::RouterInterface': [routerInterface],
  'OS::Neutron::FloatingIP': [floatingIp],
  'OS::Neutron::SecurityGroup': [securityGroup],
  'OS::Neutron::SecurityGroupRule': [securityGroupRule],
  'OS::Nova::Server': [serverNetworks, serverBlockDevices],
  'OS::Octavia::Pool': [pool],
  'OS::Neutron::LBaaS::Pool': [pool],
  'OS::Octavia::Listener': [listener],
};

/** The cross-property rules Heat's plugins check at stack create (codes E_PROPERTY_CONFLICT/UNSPECIFIED/DEPENDENCY/RULE). */
export function validatePluginRules(
  design: Design,
  catalog: Catalog,
  resources: ResourceList = listResources(design),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [id, r] of resources) {
    const rules = Object.prototype.hasOwnProperty.call(PLUGIN_RULES, r.type)
      ? PLUGIN_RULES[r.type]!
      : [];
    // a type the chosen Heat does not have, or properties computed as a whole: nothing to check
    if (rules.length === 0 || typeSchema(catalog, r.type) === undefined) continue;
    if (r.properties !== undefined && intrinsicCall(r.properties) !== undefined) continue;
    const props = new Props(r.properties ?? {}, ['properties']);
    const ctx = { id, label: resourceLabel(id, r.type), out };
    for (const check of rules) check(ctx, props);
  }
  return out;
}
