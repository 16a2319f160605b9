#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database, then prints the audit chain head to compare with the
# one written down at backup time (and run the verification once the server runs on it: docs/operations.md).
#
#   PostgreSQL (create the empty database first, owned by the application's user):
#     restore.sh postgresql 'host=127.0.0.1 port=5432 dbname=berrigune_restored user=berrigune' /backups/berrigune.dump
#   H2 (a new database file; the server stopped):
#     restore.sh h2 'jdbc:h2:file:/srv/liberty/usr/servers/defaultServer/data/berrigune' /backups/berrigune-h2.zip [h2.jar]
set -euo pipefail

usage() { sed -n '2,9p' "$0" >&2; exit 2; }
[[ $# -ge 3 ]] || usage
kind="$1" db="$2" in="$(realpath -m "$3")"
[[ -f "$in" ]] || { echo "restore.sh: no such backup: $in" >&2; exit 2; }

case "$kind" in
    postgresql)
        tables="$(psql -X -A -t -q -d "$db" -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")"
        [[ "$tables" == "0" ]] || { echo "restore.sh: the target database is not empty ($tables tables)" >&2; exit 1; }
        pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$db" "$in"
        psql -X -A -t -q -d "$db" -c "SELECT 'audit chain head: last_seq=' || last_seq || ' last_hash=' || last_hash FROM audit_chain_head"
        ;;
    h2)
        jar="${4:-$(ls "$(dirname "$0")"/../../../target/liberty/wlp/usr/shared/resources/jdbc/h2-*.jar 2>/dev/null | head -1 || true)}"
        [[ -f "$jar" ]] || { echo "restore.sh: give the path of the H2 jar (h2-2.x.jar) as the fourth argument" >&2; exit 2; }
        file="${db#jdbc:h2:file:}"
        [[ ! -e "$file.mv.db" ]] || { echo "restore.sh: $file.mv.db exists; restore into a new file" >&2; exit 1; }
        java -cp "$jar" org.h2.tools.RunScript -url "$db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -password "" \
            -script "$in" -options compression zip
        java -cp "$jar" org.h2.tools.Shell -url "$db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE" -user sa \
            -password "" -sql "SELECT 'audit chain head: last_seq=' || last_seq || ' last_hash=' || last_hash FROM audit_chain_head" \
            | sed -n '2p'
        ;;
    *) usage ;;
esac
