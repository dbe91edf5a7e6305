#!/usr/bin/python3
"""Heat's own full stack validation (what stack create and preview run, plugin validate() included), offline.

Needs python3-heat (Debian's /usr/bin/python3); no service: the service availability check is switched off,
so types whose service or Neutron extension a cloud lacks are validated too. Values that need a service
(custom constraints on literals) would fail; callers pass values through get_attr/get_resource.
Usage: heat_validate.py FILE...   -> JSON {file: "OK" or "<ErrorType>: <message>"} on stdout
"""
import json
import logging
import sys

logging.disable(logging.CRITICAL)

from oslo_config import cfg  # noqa: E402

cfg.CONF([], project='heat', default_config_files=[])

from heat.common import context, template_format  # noqa: E402
from heat.engine import resource, resources, stack, template  # noqa: E402


def main():
    resources.initialise()
    resource.Resource.is_service_available = classmethod(lambda cls, ctx: (True, None))
    ctx = context.RequestContext(user_id='isotherm', project_id='isotherm', is_admin=True)
    out = {}
    for path in sys.argv[1:]:
        with open(path, encoding='utf-8') as f:
            tmpl = template.Template(template_format.parse(f.read()))
        try:
            stack.Stack(ctx, 'isotherm-check', tmpl).validate()
            out[path] = 'OK'
        except Exception as e:  # noqa: BLE001 - every refusal is an answer here
            out[path] = '%s: %s' % (type(e).__name__, e)
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main()
