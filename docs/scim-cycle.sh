#!/usr/bin/env bash
# Plays an identity provider's provisioning cycle against a running Triad, with curl only:
# discovery, look-up, create, update (PATCH as Entra ID sends it, PUT as Okta does), deactivate, reactivate, DELETE.
#
#   docs/scim-cycle.sh http://localhost:8080 "$SCIM_TOKEN" [email]
#
# The token comes from People → SCIM tokens. Each step prints its HTTP status; the script stops at the first answer
# that is not the expected one (exit 1). The person it creates stays in Triad, deactivated.
set -euo pipefail

base="${1:?the Triad address, e.g. http://localhost:8080}/scim/v2"
token="${2:?a SCIM token from People → SCIM tokens}"
email="${3:-scim-cycle-$(date +%s)-$RANDOM@example.com}"
user="urn:ietf:params:scim:schemas:core:2.0:User"
patch="urn:ietf:params:scim:api:messages:2.0:PatchOp"
body="$(mktemp)"
trap 'rm -f "$body"' EXIT

# scim METHOD PATH EXPECTED-STATUS [JSON]: prints the step, fails on another status
scim() {
    local method="$1" path="$2" expected="$3" data="${4:-}" status
    local args=(-sS -o "$body" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $token"
        -H 'Accept: application/scim+json')
    if [[ -n "$data" ]]; then
        args+=(-H 'Content-Type: application/scim+json' --data-binary "$data")
    fi
    status="$(curl "${args[@]}" "$base$path")"
    printf '%-6s %-60s %s\n' "$method" "$path" "$status"
    if [[ "$status" != "$expected" ]]; then
        echo "expected $expected, got $status:" >&2
        cat "$body" >&2
        echo >&2
        exit 1
    fi
}

# expect TEXT: the last answer contains TEXT
expect() {
    if ! grep -q -- "$1" "$body"; then
        echo "the answer does not contain $1:" >&2
        cat "$body" >&2
        echo >&2
        exit 1
    fi
}

filter="$(printf 'userName eq "%s"' "$email" | sed 's/ /%20/g; s/"/%22/g; s/@/%40/g')"

scim GET /ServiceProviderConfig 200
expect '"patch":{"supported":true}'

scim GET "/Users?filter=$filter" 200
expect '"totalResults":0'

scim POST /Users 201 "{\"schemas\":[\"$user\"],\"userName\":\"$email\",\"externalId\":\"cycle-$email\",
  \"name\":{\"givenName\":\"Casey\",\"familyName\":\"Rivera\"},\"title\":\"Analyst\",
  \"emails\":[{\"value\":\"$email\",\"type\":\"work\",\"primary\":true}],\"active\":true}"
id="$(sed -n 's/.*"id":"\([0-9]*\)".*/\1/p' "$body")"
echo "       created person $id"

scim GET "/Users?filter=$filter" 200
expect '"totalResults":1'

scim PATCH "/Users/$id" 200 "{\"schemas\":[\"$patch\"],\"Operations\":[
  {\"op\":\"Replace\",\"path\":\"title\",\"value\":\"Senior Analyst\"},
  {\"op\":\"Replace\",\"value\":{\"name.familyName\":\"Rivera-Lopez\"}}]}"
expect '"title":"Senior Analyst"'
expect '"formatted":"Casey Rivera-Lopez"'

scim PUT "/Users/$id" 200 "{\"schemas\":[\"$user\"],\"userName\":\"$email\",\"externalId\":\"cycle-$email\",
  \"name\":{\"givenName\":\"Casey\",\"familyName\":\"Rivera-Lopez\"},\"title\":\"Senior Analyst\",
  \"timezone\":\"Europe/Madrid\",\"active\":true}"
expect '"timezone":"Europe/Madrid"'

scim PATCH "/Users/$id" 200 "{\"schemas\":[\"$patch\"],\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}"
expect '"active":false'

scim GET "/Users/$id" 200
expect '"active":false'

scim PATCH "/Users/$id" 200 "{\"schemas\":[\"$patch\"],\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"True\"}]}"
expect '"active":true'

scim DELETE "/Users/$id" 204

scim GET "/Users/$id" 200
expect '"active":false'

echo "provisioning cycle of $email (person $id): done"
