import { conflict, type PluginRule, type Props, rule, type RuleContext } from './rules';

/** nova/server_network_mixin.py _validate_network, for one item of `networks` (uuid is the hidden alias of network). */
function network(ctx: RuleContext, n: Props): void {
  if (!n.given('network', 'uuid', 'port', 'subnet') && !n.truthy('allocate_network'))
    rule(
      ctx,
      n.path(),
      'one of the properties "network", "port", "allocate_network" or "subnet" should be set for this network of the server.',
    );
  const withValue = Object.keys(n.values).filter((k) => n.given(k));
  if (n.truthy('allocate_network') && withValue.length !== 1)
    rule(
      ctx,
      n.path('allocate_network'),
      'can not specify "allocate_network" with other keys of networks at the same time.',
    );
  if (n.truthy('fixed_ip') && n.given('port'))
    conflict(ctx, n, ['networks/fixed_ip', 'networks/port'], 'fixed_ip');
  if (n.given('floating_ip') && n.given('network', 'uuid') && !n.given('port', 'subnet'))
    rule(
      ctx,
      n.path('floating_ip'),
      'property "floating_ip" is not supported if only "network" is specified, because the corresponding port can not be retrieved.',
    );
}

/** nova/server.py Server.validate: networks, and `security_groups` with explicit ports. */
export const serverNetworks: PluginRule = (ctx, p) => {
  const networks = p.items('networks');
  for (const n of networks) network(ctx, n);
  if (networks.filter((n) => n.truthy('allocate_network')).length > 0 && networks.length !== 1)
    rule(
      ctx,
      p.path('networks'),
      'property "allocate_network" can not be specified if multiple network interfaces set for server.',
    );
  if (networks.some((n) => n.given('port')) && p.truthy('security_groups'))
    conflict(ctx, p, ['security_groups', 'networks/port'], 'security_groups');
};

/** Are all items of a list property literal maps? (Otherwise what boots is not known offline.) */
function allLiteral(p: Props, key: string): boolean {
  const v = p.literal(key);
  if (!p.given(key)) return true;
  return Array.isArray(v) && p.items(key).length === v.length;
}

/** Heat counts a v2 mapping as a boot source when its boot_index is unset or 0. */
function bootSources(m: Props): number | 'unknown' {
  const boot = m.literal('boot_index');
  if (m.given('boot_index') && boot === undefined) return 'unknown';
  if (boot !== undefined && Number(boot) !== 0) return 0;
  return [m.given('volume_id'), m.given('snapshot_id'), m.given('image', 'image_id')].filter(
    Boolean,
  ).length;
}

/** nova/server.py Server._validate_block_device_mapping (image_id is the hidden alias of image in v2 mappings). */
export const serverBlockDevices: PluginRule = (ctx, p) => {
  if (p.truthy('block_device_mapping') && p.truthy('block_device_mapping_v2'))
    conflict(ctx, p, ['block_device_mapping', 'block_device_mapping_v2']);
  let bootable =
    p.given('image') ||
    !allLiteral(p, 'block_device_mapping') ||
    !allLiteral(p, 'block_device_mapping_v2');
  for (const m of p.items('block_device_mapping')) {
    const device = m.literal('device_name');
    if (device === 'vda' || (m.given('device_name') && device === undefined)) bootable = true;
    if (m.given('volume_id') && m.given('snapshot_id'))
      conflict(ctx, m, ['volume_id', 'snapshot_id']);
    if (!m.given('volume_id', 'snapshot_id'))
      rule(
        ctx,
        m.path(),
        'either volume_id or snapshot_id must be specified for this device mapping.',
      );
  }
  const v2 = p.items('block_device_mapping_v2');
  let sources = p.given('image') ? 1 : 0;
  for (const m of v2) {
    const set = [
      m.given('volume_id'),
      m.given('snapshot_id'),
      m.given('image', 'image_id'),
      m.given('swap_size'),
      m.truthy('ephemeral_size', 'ephemeral_format'),
    ].filter(Boolean).length;
    const keys = [
      'volume_id',
      'snapshot_id',
      'image',
      'swap_size',
      'ephemeral_size',
      'ephemeral_format',
    ];
    if (set > 1) conflict(ctx, m, keys, 'volume_id');
    if (set === 0) rule(ctx, m.path(), `either ${keys.join(', ')} must be specified.`);
    const boots = bootSources(m);
    if (boots === 'unknown' || boots > 0) bootable = true;
    if (boots !== 'unknown') sources += boots;
  }
  if (!bootable)
    rule(
      ctx,
      p.path('image'),
      'neither image nor bootable volume is specified: set image, or a block device mapping that boots.',
    );
  if (v2.length > 0 && sources > 1)
    rule(
      ctx,
      p.path('block_device_mapping_v2'),
      'multiple bootable sources for the server: keep one of image and the boot mappings.',
    );
};
