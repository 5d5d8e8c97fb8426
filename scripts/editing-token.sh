#!/usr/bin/env bash
# Mints a bearer token for trying the editing operations locally, without an authorization server: an RS256 JWT
# signed with a local RSA key that this script creates once (openssl), for a service started with that key's public
# half (README, "Editing: authentication and scopes"). Never for production: whoever has the key is every editor.
#
#   scripts/editing-token.sh                                   # subject "local-editor", scope guidelines:edit
#   scripts/editing-token.sh --subject alice --scope "guidelines:edit guidelines:publish" --minutes 60
#
# The key lives in $EDITING_KEY_DIR (default ./data/editing-key: private.pem, public.pem); the token goes to stdout.
set -euo pipefail

SUBJECT=local-editor
SCOPE=guidelines:edit
MINUTES=30
AUDIENCE=${EDITING_AUDIENCE:-supplement-guidelines}
KEY_DIR=${EDITING_KEY_DIR:-./data/editing-key}

while [ $# -gt 0 ]; do
  case "$1" in
    --subject) SUBJECT=$2; shift 2 ;;
    --scope) SCOPE=$2; shift 2 ;;
    --minutes) MINUTES=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
# Values go into JSON unescaped, so only characters that need no escaping are accepted.
[[ "$SUBJECT" =~ ^[A-Za-z0-9._@-]{1,64}$ ]] || { echo "--subject: 1 to 64 of A-Z a-z 0-9 . _ @ -" >&2; exit 2; }
[[ "$SCOPE" =~ ^[A-Za-z0-9:._\ -]{0,200}$ ]] || { echo "--scope: space-separated scopes such as guidelines:edit" >&2; exit 2; }
[[ "$MINUTES" =~ ^[0-9]{1,4}$ ]] && [ "$MINUTES" -gt 0 ] || { echo "--minutes: 1 to 9999" >&2; exit 2; }
command -v openssl >/dev/null || { echo "openssl is missing (Debian: apt-get install -y openssl)" >&2; exit 1; }

if [ ! -f "$KEY_DIR/private.pem" ]; then
  mkdir -p "$KEY_DIR"
  (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEY_DIR/private.pem" 2>/dev/null)
  openssl pkey -in "$KEY_DIR/private.pem" -pubout -out "$KEY_DIR/public.pem"
  echo "created $KEY_DIR/private.pem and $KEY_DIR/public.pem" >&2
fi

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

NOW=$(date +%s)
HEADER='{"alg":"RS256","typ":"JWT"}'
PAYLOAD=$(printf '{"iss":"local-editing","aud":"%s","sub":"%s","client_id":"editing-token.sh","scope":"%s","iat":%d,"nbf":%d,"exp":%d,"jti":"%s"}' \
  "$AUDIENCE" "$SUBJECT" "$SCOPE" "$NOW" "$NOW" $((NOW + MINUTES * 60)) "$(openssl rand -hex 16)")
INPUT="$(printf '%s' "$HEADER" | b64url).$(printf '%s' "$PAYLOAD" | b64url)"
SIGNATURE=$(printf '%s' "$INPUT" | openssl dgst -sha256 -sign "$KEY_DIR/private.pem" -binary | b64url)
printf '%s.%s\n' "$INPUT" "$SIGNATURE"
