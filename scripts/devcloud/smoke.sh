#!/bin/bash
# End-to-end check of a running devcloud with curl, as the demo user: a trivial stack in
# each region (timed from POST to CREATE_COMPLETE), a remote OS::Heat::Stack from RegionOne
# into RegionTwo, a Nova/Neutron template through POST /validate, then deletes everything.
set -u -o pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$STATE/secrets.env" || die "no $STATE/secrets.env: run npm run devcloud:up first"
KS=http://127.0.0.1:$KEYSTONE_PORT/v3
json() { $PY -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

auth='{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo","domain":{"name":"Default"},"password":"'$DEMO_PASSWORD'"}}},"scope":{"project":{"name":"demo","domain":{"name":"Default"}}}}}'
resp=$(curl -sS -D - -o "$STATE/.smoke-token.json" -H 'Content-Type: application/json' -d "$auth" "$KS/auth/tokens") || die "keystone does not answer"
T=$(awk -F': ' 'tolower($1) == "x-subject-token" { print $2 }' <<<"$resp" | tr -d '\r')
[[ -n $T ]] || die "no token: $resp"
url_of() { json "[e['url'] for s in d['token']['catalog'] if s['type']=='orchestration' for e in s['endpoints'] if e['region_id']=='$1' and e['interface']=='public'][0]" <"$STATE/.smoke-token.json"; }

heat() {  # method url [json body]
  curl -sS -X "$1" -H "X-Auth-Token: $T" -H 'Content-Type: application/json' -H 'Accept: application/json' ${3:+-d "$3"} "$2"
}
wait_status() {  # stack url, wanted status; prints seconds waited
  local t0 st
  t0=$(now)
  for ((i = 0; i < 1200; i++)); do
    st=$(heat GET "$1" | json "d['stack']['stack_status']")
    [[ $st == "$2" ]] && { elapsed "$t0"; return 0; }
    [[ $st == *FAILED ]] && { heat GET "$1" | json "d['stack']['stack_status_reason']" >&2; return 1; }
    sleep 0.05
  done
  return 1
}
create() {  # heat url, name, template (YAML string); prints the stack URL
  local body
  body=$($PY -c 'import json,sys; print(json.dumps({"stack_name": sys.argv[1], "template": sys.argv[2], "timeout_mins": 5}))' "$2" "$3")
  heat POST "$1/stacks" "$body" | json "d['stack']['links'][0]['href']"
}

NONE=$'heat_template_version: 2021-04-16\nresources:\n  nothing: {type: OS::Heat::None}\n  rnd: {type: OS::Heat::RandomString, properties: {length: 8}}\noutputs:\n  rnd: {value: {get_attr: [rnd, value]}}\n'
REMOTE=$'heat_template_version: 2021-04-16\nresources:\n  remote:\n    type: OS::Heat::Stack\n    properties:\n      context: {region_name: RegionTwo}\n      template: {get_file: child.yaml}\noutputs:\n  child: {value: {get_attr: [remote, outputs]}}\n'

stacks=()
for region in "${REGIONS[@]}"; do
  H=$(url_of "$region")
  t0=$(now)
  s=$(create "$H" "smoke-none-$$" "$NONE") || die "$region: stack create failed"
  post=$(elapsed "$t0")
  wait_status "$s" CREATE_COMPLETE >/dev/null || die "$region: trivial stack did not complete"
  echo "$region: trivial stack CREATE_COMPLETE in $(elapsed "$t0") s (POST took $post s); output rnd=$(heat GET "$s" | json "d['stack']['outputs'][0]['output_value']")"
  stacks+=("$s")
done

H1=$(url_of RegionOne)
body=$($PY -c 'import json,sys; print(json.dumps({"stack_name": "smoke-remote-'$$'", "template": sys.argv[1], "files": {"child.yaml": sys.argv[2]}, "timeout_mins": 5}))' "$REMOTE" "$NONE")
t0=$(now)
s=$(heat POST "$H1/stacks" "$body" | json "d['stack']['links'][0]['href']") || die "remote stack create failed"
wait_status "$s" CREATE_COMPLETE >/dev/null || die "remote stack did not complete"
child=$(heat GET "$(url_of RegionTwo)/stacks" | json "[x['stack_name'] for x in d['stacks'] if x['stack_name'].startswith('smoke-remote-$$')]")
echo "RegionOne -> RegionTwo remote stack CREATE_COMPLETE in $(elapsed "$t0") s; child in RegionTwo: $child"
stacks+=("$s")

validate='{"template": "heat_template_version: 2021-04-16\nresources:\n  net: {type: OS::Neutron::Net}\n  port: {type: OS::Neutron::Port, properties: {network: {get_resource: net}}}\n  vm: {type: OS::Nova::Server, properties: {image: cirros, flavor: m1.tiny, networks: [{port: {get_resource: port}}]}}\n"}'
echo "validate Net+Port+Server in RegionOne: $(heat POST "$H1/validate" "$validate" | json "'ok' if 'Parameters' in d else d")"

for s in "${stacks[@]}"; do heat DELETE "$s" >/dev/null; done
for s in "${stacks[@]}"; do wait_status "$s" DELETE_COMPLETE >/dev/null || die "delete of $s failed"; done
left=$(heat GET "$(url_of RegionTwo)/stacks" | json "len([x for x in d['stacks'] if x['stack_status'] != 'DELETE_COMPLETE'])")
echo "deleted ${#stacks[@]} stacks (RegionTwo now lists $left live stack(s))"
rm -f "$STATE/.smoke-token.json"
