#!/usr/bin/python3
"""Resource type schemas computed by Heat's own code, as `GET resource_types/{type}` returns them.

Needs python3-heat (Debian's /usr/bin/python3), no running service. Used for the types a Heat
hides because their service is absent (e.g. Neutron types gated on an extension check).
Runs Heat's own EngineService.resource_schema with two things switched off: the policy check
(as an admin would pass it) and the service availability check. The result is serialized like
Heat's RPC layer does (oslo JsonPayloadSerializer: jsonutils.to_primitive).

Usage: heat_schemas.py [TYPE...]   (no TYPE: every type Heat would list) -> JSON object on stdout
"""
import json
import logging
import sys

logging.disable(logging.CRITICAL)  # heat warns about deprecated types while loading plugins

from oslo_config import cfg  # noqa: E402
from oslo_serialization import jsonutils  # noqa: E402

cfg.CONF([], project='heat', default_config_files=[])

from heat.engine import resource, resources, service  # noqa: E402


class AllowAll:
    def enforce(self, *args, **kwargs):
        return True


class Engine:
    """Stands in for EngineService's `self` in resource_schema (it only uses the enforcer)."""
    resource_enforcer = AllowAll()


def main():
    resources.initialise()
    env = resources.global_env()
    # get_types() without a context applies only Heat's own filter: HIDDEN types are left out.
    names = sys.argv[1:] or env.get_types(support_status=None)
    resource.Resource.is_service_available = classmethod(lambda cls, context: (True, None))
    out = {}
    for name in sorted(names):
        body = service.EngineService.resource_schema(Engine(), None, name, with_description=True)
        out[name] = jsonutils.to_primitive(body, convert_instances=True)
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main()
