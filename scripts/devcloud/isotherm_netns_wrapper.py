#!/usr/bin/python3 -I
"""neutron-vpn-netns-wrapper without neutron: the l3 agent's strongSwan driver runs every `ipsec`
command through it (`ip netns exec qrouter-<id> <wrapper> --mount_paths=... --cmd=ipsec,status`).

Same arguments, same bind mounts (the router's own /etc and /var/run, inside the mount namespace
`ip netns exec` made), same output ("Command: [...] Exit code: N Stdout: ... Stderr: ...", which the
driver parses) and exit code. What it leaves out: neutron's logging setup and the rootwrap filter
check (the agent runs as root and only the driver calls it). Why: the original imports neutron and
oslo, about 1.5 s of CPU per call, and the driver calls it for `ipsec status` of every router every
ipsec_status_check_interval seconds under the agent's lock; with two routers the agent did little
else, and one router update waited 215-260 s. This one takes about 40 ms.
"""

import errno
import os
import subprocess
import sys


def _options(argv):
    """--mount_paths=A:B,C:D and --cmd=x,y (oslo.config's Dict and List forms); others ignored."""
    mounts, cmd = {}, []
    for arg in argv:
        if arg.startswith('--mount_paths='):
            for pair in arg.split('=', 1)[1].split(','):
                path, _, new_path = pair.partition(':')
                mounts[path] = new_path
        elif arg.startswith('--cmd='):
            cmd = arg.split('=', 1)[1].split(',')
    return mounts, cmd


def _run(cmd):
    done = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, check=False)
    sys.stdout.write('Command: %s Exit code: %s Stdout: %s Stderr: %s' % (
        cmd, done.returncode, done.stdout.decode('utf-8', 'replace'),
        done.stderr.decode('utf-8', 'replace')))
    sys.stdout.flush()
    return done.returncode


def main(argv):
    mounts, cmd = _options(argv)
    if not cmd or not mounts:
        sys.stderr.write('isotherm_netns_wrapper: --mount_paths and --cmd are required\n')
        return errno.EINVAL
    if os.path.samefile('/proc/1/ns/net', '/proc/self/ns/net'):
        sys.stderr.write('isotherm_netns_wrapper: cannot run without netns\n')
        return errno.EINVAL
    for path, new_path in mounts.items():
        if os.path.isdir(new_path) and os.path.isdir(path) and os.path.isabs(path):
            _run(['mount', '--bind', new_path, path])
    return _run(cmd)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
