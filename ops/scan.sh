#!/usr/bin/env bash
# Web vulnerability scan: wapiti (PyPI) against gunicorn with production settings.
#
# gunicorn serves HTTPS with a throwaway self-signed certificate, so the production
# settings apply unchanged (DEBUG off, secure cookies, HSTS, the HTTPS redirect), on a
# throwaway database with the demo loaded (SQLite unless SCAN_DATABASE_URL is set). wapiti
# logs in as the demo reader, crawls and attacks; modules that call a server on the
# internet (ssrf, xxe, log4shell, spring4shell, takeover, wapp, cms, and nikto, which
# downloads its database) are left out and the endpoints point at loopback, so every
# request stays on 127.0.0.1. The ssl module is left out too: in production TLS ends at
# the proxy, and here it would only grade gunicorn's throwaway self-signed certificate
# (add it with SCAN_MODULES=...,ssl and apt-get install sslscan). Each module may attack
# for SCAN_ATTACK_TIME seconds (default 120). The report (JSON) and the server's log go to var/scan/; findings are
# summarised by severity at the end, and the script fails on any of medium or higher.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
SCAN_VENV=var/scan-venv
OUT=var/scan
SCAN_TIME="${SCAN_TIME:-2400}"
MODULES="${SCAN_MODULES:-backup,brute_login_form,crlf,csrf,exec,file,htaccess,ldap,methods,permanentxss,redirect,shellshock,sql,timesql,upload,xss}"

mkdir -p "$OUT"
if [ ! -x "$SCAN_VENV/bin/wapiti" ]; then
  python3 -m venv "$SCAN_VENV"
  "$SCAN_VENV/bin/pip" install --quiet wapiti3==3.3.2
fi

work=$(mktemp -d)
port=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null

export DEBUG=false
SECRET_KEY=$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(50))')
export SECRET_KEY
export ALLOWED_HOSTS=127.0.0.1
export DATABASE_URL="${SCAN_DATABASE_URL:-sqlite:///$work/db.sqlite3}"
export STATIC_ROOT="$work/static"
export SECURE_HSTS_SECONDS=31536000 SECURE_HSTS_INCLUDE_SUBDOMAINS=true SECURE_HSTS_PRELOAD=true
export BIND="127.0.0.1:$port" WEB_CONCURRENCY=3 LOG_FORMAT=json
export GUNICORN_CMD_ARGS="--certfile $work/cert.pem --keyfile $work/key.pem"

"$PYTHON" manage.py migrate --noinput -v0
"$PYTHON" manage.py load_demo >/dev/null
"$PYTHON" manage.py collectstatic --noinput -v0

.venv/bin/gunicorn --config gunicorn.conf.py mediacompare.wsgi:application >"$OUT/gunicorn.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do
  curl -skf "https://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.2
done

base="https://127.0.0.1:$port/"
echo "== wapiti against $base (gunicorn, DEBUG off, TLS); modules: $MODULES"
"$SCAN_VENV/bin/wapiti" -u "$base" --scope folder -m "$MODULES" \
  --form-url "${base}accounts/login/" --form-user reader --form-password reader-demo-2021 \
  -x "${base}accounts/logout/" \
  --endpoint "http://127.0.0.1:9/" --dns-endpoint 127.0.0.1 \
  --max-scan-time "$SCAN_TIME" --max-attack-time "${SCAN_ATTACK_TIME:-120}" --tasks 4 --flush-session \
  --store-session "$work/session" -f json -o "$OUT/report.json" -v 0 || true

echo "== server responses during the scan"
"$PYTHON" - "$OUT/gunicorn.log" <<'PY'
import collections, json, sys
statuses = collections.Counter()
for raw in open(sys.argv[1], encoding="utf-8"):
    try:
        line = json.loads(raw)
    except ValueError:
        continue
    if line.get("logger") == "mediacompare.request":
        statuses[line["status"]] += 1
print(dict(sorted(statuses.items())), "requests:", sum(statuses.values()))
PY

echo "== findings (wapiti levels: 1 low, 2 medium, 3 high, 4 critical)"
"$PYTHON" - "$OUT/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
worst = 0
for section in ("vulnerabilities", "anomalies", "additionals"):
    for name, findings in report.get(section, {}).items():
        for finding in findings:
            level = finding.get("level", 0)
            worst = max(worst, level) if section == "vulnerabilities" else worst
            print(f"  [{section}] level {level} {name}: {finding.get('method')} {finding.get('path')}"
                  f" {finding.get('parameter', '')} {finding.get('info', '')[:160]}")
print(f"highest vulnerability level: {worst}")
sys.exit(1 if worst >= 2 else 0)
PY
