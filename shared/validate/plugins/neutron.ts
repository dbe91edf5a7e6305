import { intrinsicCall } from '../../hot';
import { conflict, dependency, type PluginRule, type Props, rule, unspecified } from './rules';

const isIpv4 = (s: string) =>
  /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s) &&
  s.split('.').every((n) => Number(n) <= 255);
const isIpv6 = (s: string) =>
  /^[0-9a-fA-F:.]+$/.test(s) && s.includes(':') && (s.match(/::/g) ?? []).length <= 1;

/** heat/engine/resources/openstack/neutron/subnet.py Subnet.validate */
export const subnet: PluginRule = (ctx, p) => {
  // network_id etc. are hidden aliases Heat translates; subnetpool/cidr/prefixlen have none
  if (p.given('subnetpool') && p.truthy('cidr')) conflict(ctx, p, ['subnetpool', 'cidr']);
  if (!p.given('subnetpool') && !p.truthy('cidr')) unspecified(ctx, p, ['subnetpool', 'cidr']);
  if (p.truthy('prefixlen') && p.truthy('cidr')) conflict(ctx, p, ['prefixlen', 'cidr']);
  const version = p.given('ip_version') ? p.literal('ip_version') : 4;
  const ra = p.literal('ipv6_ra_mode');
  const address = p.literal('ipv6_address_mode');
  if (String(version) === '4' && p.truthy('ipv6_ra_mode', 'ipv6_address_mode'))
    rule(
      ctx,
      p.path(p.given('ipv6_ra_mode') ? 'ipv6_ra_mode' : 'ipv6_address_mode'),
      'ipv6_ra_mode and ipv6_address_mode are not supported for ipv4: set ip_version to 6 or remove them.',
    );
  if (ra !== undefined && address !== undefined && ra !== '' && address !== '' && ra !== address)
    rule(
      ctx,
      p.path('ipv6_address_mode'),
      'when both ipv6_ra_mode and ipv6_address_mode are set, they must be equal.',
    );
  const gateway = p.literal('gateway_ip');
  if (
    typeof gateway === 'string' &&
    !['~', ''].includes(gateway) &&
    !isIpv4(gateway) &&
    !isIpv6(gateway)
  )
    rule(ctx, p.path('gateway_ip'), `gateway IP address "${gateway}" is in invalid format.`);
};

/** neutron/port.py Port.validate */
export const port: PluginRule = (ctx, p) => {
  if (p.truthy('fixed_ips') && p.truthy('no_fixed_ips'))
    conflict(ctx, p, ['fixed_ips', 'no_fixed_ips']);
};

/** neutron/router.py RouterInterface.validate (subnet_id and port_id are hidden aliases of subnet and port) */
export const routerInterface: PluginRule = (ctx, p) => {
  const hasSubnet = p.given('subnet', 'subnet_id');
  const hasPort = p.given('port', 'port_id');
  if (hasSubnet && hasPort) conflict(ctx, p, ['subnet', 'port']);
  if (!hasSubnet && !hasPort) unspecified(ctx, p, ['subnet', 'port']);
};

/** neutron/floatingip.py FloatingIP.validate */
export const floatingIp: PluginRule = (ctx, p) => {
  if (!p.given('port_id') && p.given('fixed_ip_address'))
    dependency(ctx, p, 'fixed_ip_address', 'port_id');
};

/** neutron/security_group.py SecurityGroup.validate */
export const securityGroup: PluginRule = (ctx, p) => {
  if (p.literal('name') === 'default')
    rule(ctx, p.path('name'), 'security groups cannot be assigned the name "default".');
};

function portRange(ctx: Parameters<PluginRule>[0], p: Props): void {
  const min = p.literal('port_range_min');
  const max = p.literal('port_range_max');
  const protocol = p.literal('protocol');
  if (
    typeof min === 'number' &&
    typeof max === 'number' &&
    !['icmp', 'icmpv6', 'ipv6-icmp'].includes(String(protocol)) &&
    intrinsicCall(p.values.protocol ?? null) === undefined &&
    max < min
  )
    rule(
      ctx,
      p.path('port_range_min'),
      'the minimum port number must be less than or equal to the maximum port number.',
    );
}

/** neutron/security_group_rule.py SecurityGroupRule.validate */
export const securityGroupRule: PluginRule = (ctx, p) => {
  if (p.given('remote_group') && p.given('remote_ip_prefix'))
    conflict(ctx, p, ['remote_group', 'remote_ip_prefix']);
  portRange(ctx, p);
};
