"""The devcloud's VPN device driver for the l3 agent: neutron-vpnaas's strongSwan driver, with its
`ipsec` commands run through isotherm_netns_wrapper.py (the same wrapper without neutron's 1.5 s
start; see there), and a site connection that stays down negotiated again from scratch.

Why: the agent starts strongSwan in a router namespace when the router update that carries the VPN
service runs, which on a loaded machine can be before the router's interface on the local subnet
exists (one router update took 61 s here). strongSwan then cannot install the connection's policy
("error installing route with policy 10.10.0.0/24 === 10.20.0.0/24 out"), its IKE SA comes up with
no IPsec SA ("failed to establish CHILD_SA, keeping IKE_SA"), and that IKE SA outlives the agent's
later `ipsec reload`: every CHILD_SA the other side asks for over it is refused
("TS_UNACCEPTABLE"), nobody initiates again, and the connection stays PENDING_CREATE for good.

What: each time the agent reads `ipsec status` (every ipsec_status_check_interval seconds), a
connection of this router that is enabled and has not been INSTALLED for STUCK_AFTER seconds
(plus a few seconds that differ per connection, so the two ends do not restart together) is taken
down (its IKE SA deleted, which tells the peer to drop its end) and brought up again with the
configuration strongSwan holds now. An established tunnel is never touched.
l3_agent.ini: `[vpnagent] vpn_device_driver = isotherm_vpnaas_agent.IsothermStrongSwanDriver`.
"""

import os
import time
import zlib

from neutron_lib import constants
from oslo_log import log as logging

from neutron_vpnaas.services.vpn.device_drivers import strongswan_ipsec

LOG = logging.getLogger(__name__)

STUCK_AFTER = 20  # seconds; IKE and the IPsec SA take about 1 s here once both ends are configured


def _patience(conn_id):
    """STUCK_AFTER plus 0-9 s that depend on the connection (the two ends wait different times)."""
    return STUCK_AFTER + zlib.crc32(conn_id.encode()) % 10


WRAPPER = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'isotherm_netns_wrapper.py')


class RenegotiatingStrongSwanProcess(strongswan_ipsec.StrongSwanProcess):
    """strongSwan in one router namespace; connections that stay down start over."""

    def __init__(self, conf, process_id, vpnservice, namespace):
        super().__init__(conf, process_id, vpnservice, namespace)
        self._down_since = {}

    def get_ns_wrapper(self):
        return WRAPPER

    def _extract_and_record_connection_status(self, status_output):
        super()._extract_and_record_connection_status(status_output)
        if status_output:
            self._renegotiate_stuck(time.monotonic())

    def _renegotiate_stuck(self, now):
        for conn in self.vpnservice.get('ipsec_site_connections', []):
            conn_id = conn['id']
            status = self.connection_status.get(conn_id, {}).get('status')
            if status == constants.ACTIVE or not conn.get('admin_state_up', True):
                self._down_since.pop(conn_id, None)
                continue
            since = self._down_since.setdefault(conn_id, now)
            if now - since >= _patience(conn_id):
                self._start_over(conn_id)
                self._down_since[conn_id] = now

    def _start_over(self, conn_id):
        LOG.info('isotherm: connection %s still down after %d s, negotiating it again',
                 conn_id, _patience(conn_id))
        try:
            self._execute([self.binary, 'stroke', 'down-nb', conn_id])
            self._execute([self.binary, 'stroke', 'up-nb', conn_id])
        except RuntimeError:
            LOG.exception('isotherm: restarting connection %s', conn_id)


class IsothermStrongSwanDriver(strongswan_ipsec.StrongSwanDriver):
    """The strongSwan device driver with RenegotiatingStrongSwanProcess."""

    def create_process(self, process_id, vpnservice, namespace):
        return RenegotiatingStrongSwanProcess(self.conf, process_id, vpnservice, namespace)
