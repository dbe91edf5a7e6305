import { type PluginRule, rule, unspecified } from './rules';

/** octavia/pool.py and neutron/lbaas/pool.py Pool.validate */
export const pool: PluginRule = (ctx, p) => {
  if (!p.given('listener', 'loadbalancer')) unspecified(ctx, p, ['listener', 'loadbalancer']);
  const sp = p.literal('session_persistence');
  if (sp === undefined || Array.isArray(sp) || typeof sp !== 'object') return;
  const type = (sp as Record<string, unknown>).type;
  const cookie = (sp as Record<string, unknown>).cookie_name;
  const hasCookie = cookie !== undefined && cookie !== null && cookie !== '';
  if (type === 'APP_COOKIE' && !hasCookie)
    rule(
      ctx,
      p.path('session_persistence'),
      'property cookie_name is required when session_persistence type is set to APP_COOKIE.',
    );
  if (type === 'SOURCE_IP' && hasCookie)
    rule(
      ctx,
      p.path('session_persistence'),
      'property cookie_name must NOT be specified when session_persistence type is set to SOURCE_IP.',
    );
};

/** octavia/listener.py Listener.validate */
export const listener: PluginRule = (ctx, p) => {
  if (!p.given('loadbalancer', 'default_pool'))
    unspecified(ctx, p, ['loadbalancer', 'default_pool']);
  if (p.literal('protocol') === 'TERMINATED_HTTPS' && !p.given('default_tls_container_ref'))
    rule(
      ctx,
      p.path('default_tls_container_ref'),
      'property default_tls_container_ref required when protocol is TERMINATED_HTTPS.',
    );
};
