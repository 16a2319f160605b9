#!/usr/bin/env bash
# Lighthouse (issue 7) on the home, search and product pages of a running server, in Lighthouse's default simulated
# mobile run (Moto G Power-sized screen, slow 4G and a 4x slower CPU, simulated): prints accessibility, LCP and CLS
# per page and fails when accessibility < 100, LCP > 1.5 s or CLS > 0.05.
#
#   ./mvnw liberty:run                          # another terminal: the demo server on http://localhost:9080/
#   src/test/lighthouse/run.sh [BASE_URL]       # BASE_URL defaults to http://localhost:9080
#
# Needs node and npm (Debian's nodejs/npm are enough) and Debian's chromium. Lighthouse itself is installed once from
# npm into target/lighthouse (not a project dependency: it does not run in .ci/run, whose time is tight). The JSON
# reports are left in target/lighthouse/reports/.
set -euo pipefail
cd "$(dirname "$0")/../../.."

BASE="${1:-http://localhost:9080}"
BASE="${BASE%/}"
LIGHTHOUSE_VERSION="13.5.0"
DIR="target/lighthouse"
REPORTS="$DIR/reports"
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium || true)}"
[[ -x "$CHROME_PATH" ]] || { echo "chromium not found: apt-get install chromium (or set CHROME_PATH)" >&2; exit 2; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "node and npm are needed: apt-get install nodejs npm" >&2; exit 2; }

if [[ ! -x "$DIR/node_modules/.bin/lighthouse" ]]; then
    echo "== installing lighthouse $LIGHTHOUSE_VERSION into $DIR"
    mkdir -p "$DIR"
    npm install --prefix "$DIR" --no-audit --no-fund --no-save "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi
mkdir -p "$REPORTS"

curl -fsS -o /dev/null "$BASE/health/ready" || { echo "no server ready at $BASE (start one: ./mvnw liberty:run)" >&2; exit 2; }
# A published product and a word that finds it, taken from the server's own catalogue (the demo data by default).
PRODUCT="$(curl -fsS "$BASE/api/v1/products?size=1" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items[0].id))')"
QUERY="${LIGHTHOUSE_QUERY:-monitor}"

pages=("home|$BASE/" "search|$BASE/search.xhtml?q=$QUERY" "product|$BASE/catalog/product.xhtml?id=$PRODUCT")
failed=0
printf '%-8s %13s %6s %6s %11s  %s\n' page accessibility LCP CLS performance address
for entry in "${pages[@]}"; do
    name="${entry%%|*}"
    url="${entry#*|}"
    # One warm-up request, so that the figures are not those of the first request after a start (Faces compiling views).
    curl -fsS -o /dev/null "$url"
    "$DIR/node_modules/.bin/lighthouse" "$url" --quiet --only-categories=accessibility,performance \
        --output=json --output-path="$REPORTS/$name.json" \
        --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage --disable-gpu"
    line="$(node -e '
        const r = require(process.argv[1]);
        const a = Math.round(r.categories.accessibility.score * 100);
        const p = Math.round(r.categories.performance.score * 100);
        const lcp = r.audits["largest-contentful-paint"].numericValue / 1000;
        const cls = r.audits["cumulative-layout-shift"].numericValue;
        const ok = a === 100 && lcp <= 1.5 && cls <= 0.05;
        const failedA11y = Object.values(r.audits).filter(x => x.score === 0 && x.scoreDisplayMode === "binary"
            && r.categories.accessibility.auditRefs.some(ref => ref.id === x.id)).map(x => x.id);
        console.log([ok ? "PASS" : "FAIL", a, lcp.toFixed(2) + "s", cls.toFixed(3), p, failedA11y.join(",")].join(" "));
    ' "$PWD/$REPORTS/$name.json")"
    read -r verdict a11y lcp cls perf failing <<<"$line"
    printf '%-8s %13s %6s %6s %11s  %s %s\n' "$name" "$a11y" "$lcp" "$cls" "$perf" "$url" "$verdict${failing:+ (failing: $failing)}"
    [[ "$verdict" == PASS ]] || failed=1
done
echo "targets: accessibility 100, LCP <= 1.5 s, CLS <= 0.05 (simulated mobile; reports in $REPORTS)"
exit "$failed"
