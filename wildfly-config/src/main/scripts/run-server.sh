#!/usr/bin/env bash
# Deploys the EAR into the configured WildFly and runs it in the foreground (Ctrl-C stops it).
# Called by `mvn install -DskipTests -Pstart`; settings come from the environment (README).
set -euo pipefail

wildfly_home=$1
ear=$2

deployments="$wildfly_home/standalone/deployments"
rm -f "$deployments"/isms-lifecycle.ear*
cp "$ear" "$deployments/isms-lifecycle.ear"

port=$(( ${ISMS_HTTP_PORT:-8080} ))
if [ -z "${ISMS_DB_URL:-}" ]; then
  echo "ISMS Lifecycle: embedded H2 database in ${ISMS_DATA_DIR:-$HOME/.isms-lifecycle}/db (demo company and logins: see README)"
else
  echo "ISMS Lifecycle: database ${ISMS_DB_URL}"
fi
echo "ISMS Lifecycle: starting WildFly; open http://localhost:${port}/ when the log says 'ISMS Lifecycle is ready'"

exec "$wildfly_home/bin/standalone.sh" -Djboss.http.port="$port" -Duser.timezone=Asia/Tokyo
