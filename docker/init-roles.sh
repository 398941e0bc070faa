#!/bin/sh
# Run by the postgres image on its first start (docker-entrypoint-initdb.d).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$CIRKEL_OWNER_PASSWORD" -v app_password="$CIRKEL_APP_PASSWORD" \
  -f /cirkel/init-roles.sql
