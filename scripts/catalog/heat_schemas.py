#!/usr/bin/python3
"""Resource type schemas computed by Heat's own code, as `GET resource_types/{type}` returns them.

Needs python3-heat (Debian's /usr/bin/python3), no running service. Used for the types a Heat
hides because their service is absent (e.g. Neutron types gated on an extension check), for the
types Heat hides on purpose (support status HIDDEN: still loaded, still accepted in templates,
never listed), and for the support status of every property and attribute (the API drops the
hidden ones and says nothing about the others).
Runs Heat's own EngineService.resource_schema with two things switched off: the policy check
(as an admin would pass it) and the service availability check. The result is serialized like
Heat's RPC layer does (oslo JsonPayloadSerializer: jsonutils.to_primitive).

Output: {"types": {name: body}, "support": {name: {"properties": {path: status},
"attributes": {name: status}}}, "hidden": {name: {"properties": {name: schema},
"attributes": {name: schema}}}}. A property path joins keys with "." and list items are "*"
(networks.*.uuid); only statuses other than plain SUPPORTED are listed.

Usage: heat_schemas.py [TYPE...]   (no TYPE: every type Heat knows, hidden ones included)
"""
import json
import logging
import sys

logging.disable(logging.CRITICAL)  # heat warns about deprecated types while loading plugins

from oslo_config import cfg  # noqa: E402
from oslo_serialization import jsonutils  # noqa: E402

cfg.CONF([], project='heat', default_config_files=[])

from heat.engine import attributes, environment, properties, resource, resources, service, support  # noqa: E402


class AllowAll:
    def enforce(self, *args, **kwargs):
        return True


class Engine:
    """Stands in for EngineService's `self` in resource_schema (it only uses the enforcer)."""
    resource_enforcer = AllowAll()


def plain(value):
    return jsonutils.to_primitive(value, convert_instances=True)


def all_types(env):
    """Every plugin type Heat loaded, hidden ones included (get_types() leaves those out)."""
    registry = env.registry._registry
    return sorted(name for name, info in registry.items()
                  if isinstance(info, (environment.ClassResourceInfo, environment.TemplateResourceInfo)))


def not_plain(status):
    return status.status != support.SUPPORTED


def property_statuses(schemas, prefix, out):
    for name, schema in schemas.items():
        path = prefix + name
        if not_plain(schema.support_status):
            out[path] = plain(schema.support_status.to_dict())
        if schema.schema is not None:
            if schema.type == properties.Schema.LIST:
                property_statuses({'*': schema.schema['*']}, path + '.', out)
            else:
                property_statuses(schema.schema, path + '.', out)
    return out




def support_of(cls):
    props = {n: properties.Schema.from_legacy(s) for n, s in cls.properties_schema.items()}
    attrs = {}
    for name, data in list(cls.attributes_schema.items()) + list(cls.base_attributes_schema.items()):
        schema = attributes.Schema.from_attribute(data)
        if not_plain(schema.support_status):
            attrs[name] = plain(schema.support_status.to_dict())
    hidden = {
        'properties': {n: plain(dict(s)) for n, s in props.items()
                       if s.implemented and s.support_status.status == support.HIDDEN},
        'attributes': {n: plain(dict(attributes.Schema.from_attribute(d)))
                       for n, d in list(cls.attributes_schema.items()) + list(cls.base_attributes_schema.items())
                       if attributes.Schema.from_attribute(d).support_status.status == support.HIDDEN},
    }
    return {'properties': property_statuses(props, '', {}), 'attributes': attrs}, hidden


def schema_of(env, name):
    cls = env.get_class(name)
    real = cls.support_status
    if real.status == support.HIDDEN:  # resource_schema refuses hidden types; Heat still runs them
        cls.support_status = support.SupportStatus()
    try:
        body = service.EngineService.resource_schema(Engine(), None, name, with_description=True)
    finally:
        cls.support_status = real
    body['support_status'] = real.to_dict()
    return plain(body), cls


def main():
    resources.initialise()
    env = resources.global_env()
    names = sys.argv[1:] or all_types(env)
    resource.Resource.is_service_available = classmethod(lambda cls, context: (True, None))
    out = {'types': {}, 'support': {}, 'hidden': {}}
    for name in names:
        body, cls = schema_of(env, name)
        out['types'][name] = body
        statuses, hidden = support_of(cls)
        if statuses['properties'] or statuses['attributes']:
            out['support'][name] = statuses
        if hidden['properties'] or hidden['attributes']:
            out['hidden'][name] = hidden
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main()
