#!/usr/bin/env bash
# Backs up Berrigune's database, which holds everything (evidence documents and consultation files included: there
# are no uploaded files on disk), and prints the audit chain head to write down beside the backup.
#
#   PostgreSQL (online, a consistent snapshot; the server keeps running):
#     backup.sh postgresql 'host=127.0.0.1 port=5432 dbname=berrigune user=berrigune' /backups/berrigune.dump
#   H2 (the embedded database; STOP the server first: the database file is locked while it runs):
#     backup.sh h2 'jdbc:h2:file:/srv/liberty/usr/servers/defaultServer/data/berrigune' /backups/berrigune-h2.zip [h2.jar]
#
# docs/reliability.md ("Backup and restore") has the whole procedure; restore with restore.sh.
set -euo pipefail

usage() { sed -n '2,11p' "$0" >&2; exit 2; }
[[ $# -ge 3 ]] || usage
kind="$1" db="$2" out="$(realpath -m "$3")"   # absolute: with H2's AUTO_SERVER the file is written by the process holding the database

h2_jar() {
    local jar="${1:-}"
    if [[ -z "$jar" ]]; then
        jar="$(ls "$(dirname "$0")"/../../../target/liberty/wlp/usr/shared/resources/jdbc/h2-*.jar 2>/dev/null | head -1 || true)"
    fi
    [[ -f "$jar" ]] || { echo "backup.sh: give the path of the H2 jar (h2-2.x.jar) as the fourth argument" >&2; exit 2; }
    echo "$jar"
}

case "$kind" in
    postgresql)
        pg_dump --format=custom --no-owner --no-privileges --file="$out" "$db"
        echo "backup: $out ($(du -h "$out" | cut -f1))"
        psql -X -A -t -q -d "$db" -c "SELECT 'audit chain head: last_seq=' || last_seq || ' last_hash=' || last_hash FROM audit_chain_head"
        ;;
    h2)
        jar="$(h2_jar "${4:-}")"
        # SCRIPT writes a consistent SQL script of schema and data (BLOBs included), zipped.
        java -cp "$jar" org.h2.tools.Script -url "$db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -password "" \
            -script "$out" -options compression zip
        echo "backup: $out ($(du -h "$out" | cut -f1))"
        java -cp "$jar" org.h2.tools.Shell -url "$db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE" -user sa \
            -password "" -sql "SELECT 'audit chain head: last_seq=' || last_seq || ' last_hash=' || last_hash FROM audit_chain_head" \
            | sed -n '2p'
        ;;
    *) usage ;;
esac
