"""The devcloud's VPNaaS service driver: Neutron's reference IPsec driver (agent RPC, strongSwan in
the router namespaces of the l3 agent) with two changes, so that Heat's OS::Neutron::VPNService and
OS::Neutron::IPsecSiteConnection can finish (they wait for ACTIVE and fail on DOWN):

1. A VPN service is ACTIVE once created. The reference driver hands a service to its agent only
   when it has a site connection (a join in `_get_agent_hosting_vpn_services`), so a new service
   stays PENDING_CREATE for good and Heat would wait until the stack times out.
2. A site connection that is still PENDING_CREATE keeps that status while the agent reports it
   DOWN (IKE negotiating: the peer's side may not be configured yet). The agent's ACTIVE (an
   installed IPsec SA, read from `ipsec status`) or ERROR replaces it. Without this, Heat fails
   the connection on the first DOWN although the tunnel comes up seconds later.

Everything else is the reference driver: validation, database, the agent's status reports.
neutron.conf: `service_provider = VPN:strongswan:isotherm_vpnaas.IsothermIPsecVPNDriver:default`.

3. The VPN plugin's API reads run in a database reader transaction (IsothermVPNPlugin,
   `service_plugins = router,isotherm_vpnaas.IsothermVPNPlugin`). neutron-vpnaas 21's getters
   (GET /v2.0/vpn/...) read through the request context's legacy session outside any
   transaction, so every GET left a transaction open and its pooled connection checked out
   until the garbage collector found the context: Heat polling two site connections once a
   second each exhausted neutron-server's pool ("QueuePool limit of size 5 overflow 50") in
   about a minute and every later request failed. Neutron's own plugins read inside
   CONTEXT_READER, which closes the session when the block ends.
"""

import functools

from neutron_lib import constants
from neutron_lib.db import api as db_api
from neutron_lib.plugins import utils as plugin_utils
from neutron_lib import rpc as n_rpc
from oslo_log import log as logging

from neutron_vpnaas.db.vpn import vpn_db
from neutron_vpnaas.services.vpn import plugin as vpn_plugin
from neutron_vpnaas.services.vpn.common import topics
from neutron_vpnaas.services.vpn.service_drivers import base_ipsec
from neutron_vpnaas.services.vpn.service_drivers import ipsec

LOG = logging.getLogger(__name__)


class PendingUntilUpCallBack(base_ipsec.IPsecVpnDriverCallBack):
    """The agent's status reports, minus DOWN for connections still pending (see 2. above)."""

    def update_status(self, context, status):
        plugin = self.driver.service_plugin
        for service in status:
            conns = service.get('ipsec_site_connections', {})
            for conn_id in list(conns):
                conns[conn_id] = self._kept_pending(plugin, context, conn_id, conns[conn_id])
                if conns[conn_id] is None:
                    del conns[conn_id]
        super().update_status(context, status)

    @staticmethod
    def _kept_pending(plugin, context, conn_id, report):
        if report['status'] != constants.DOWN:
            # the agent's ACTIVE or ERROR always applies, pending or not
            return dict(report, updated_pending_status=True)
        try:
            with db_api.CONTEXT_READER.using(context):
                current = plugin._get_ipsec_site_connection(context, conn_id).status
        except Exception:  # deleted meanwhile: the plugin skips it as well
            LOG.exception('isotherm: reading connection %s', conn_id)
            return report
        if not plugin_utils.in_pending_status(current):
            return report
        LOG.info('isotherm: connection %s negotiating (agent says DOWN), kept %s', conn_id, current)
        return None


class IsothermIPsecVPNDriver(ipsec.IPsecVPNDriver):
    """The reference IPsec driver; a new VPN service is ACTIVE (see 1. above)."""

    def create_rpc_conn(self):
        self.endpoints = [PendingUntilUpCallBack(self)]
        self.conn = n_rpc.Connection()
        self.conn.create_consumer(topics.IPSEC_DRIVER_TOPIC, self.endpoints, fanout=False)
        self.conn.consume_in_threads()
        self.agent_rpc = base_ipsec.IPsecVpnAgentApi(
            topics.IPSEC_AGENT_TOPIC, ipsec.BASE_IPSEC_VERSION, self)

    def create_vpnservice(self, context, vpnservice_dict):
        super().create_vpnservice(context, vpnservice_dict)
        self.service_plugin.update_status_by_agent(context, [{
            'id': vpnservice_dict['id'],
            'status': constants.ACTIVE,
            'updated_pending_status': True,
            'ipsec_site_connections': {},
        }])
        vpnservice_dict['status'] = constants.ACTIVE


def _read_in_transaction(getter):
    """`getter` run inside a reader transaction whose session is closed when it returns."""

    @functools.wraps(getter)
    def read(self, context, *args, **kwargs):
        with db_api.CONTEXT_READER.using(context):
            return getter(self, context, *args, **kwargs)

    return read


def _reads_in_transactions(plugin_class):
    for name, member in vars(vpn_db.VPNPluginDb).items():
        if name.startswith('get_') and callable(member):
            setattr(plugin_class, name, _read_in_transaction(getattr(plugin_class, name)))
    return plugin_class


@_reads_in_transactions
class IsothermVPNPlugin(vpn_plugin.VPNDriverPlugin):
    """The reference VPN plugin; its API reads close their session (see 3. above)."""
