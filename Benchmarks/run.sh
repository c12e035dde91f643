#!/usr/bin/env bash
# Runs the benchmarks in release mode, each printed next to its baseline measured in the same run.
# When ../shared/tools/peers is present, Ralph's strict pydantic model joins the validation table
# (its Python environment is installed by Scripts/lrs/start-lrs.sh). The upload benchmark delivers to a
# local Ralph LRS started here and stopped on exit.
#
#   Benchmarks/run.sh [STATEMENTS]      # default 100000
set -euo pipefail
cd "$(dirname "$0")/.."
statements=${1:-100000}

swift build -c release --product edutraces-benchmarks
bin=$(swift build -c release --show-bin-path)/edutraces-benchmarks

peer=../shared/tools/peers/ralph-strict-validate.py
ralph=()
if [ -f "$peer" ]; then
    Scripts/lrs/start-lrs.sh .build-lrs/venv 18099 .build-lrs/benchmark-state >/dev/null
    Scripts/lrs/stop-lrs.sh .build-lrs/benchmark-state >/dev/null
    ralph=(--ralph-python .build-lrs/venv/bin/python --ralph-script "$peer")
fi

"$bin" parse --statements "$statements" --rounds 5
"$bin" validate --statements "$statements" --rounds 3 "${ralph[@]}"

# SHA-256 of OpenSSL on 16 KB messages, in MB/s, with and without the CPU's SHA extensions, measured now so
# that the pure-Swift figure is compared in the same conditions.
openssl_sha256() {
    "$@" openssl speed -evp sha256 -seconds 3 -bytes 16384 2>/dev/null |
        awk '$1 == "sha256" { sub(/k$/, "", $2); printf "%.1f", $2 / 1000 }'
}
sha=()
if command -v openssl >/dev/null; then
    sha=(--openssl-sha256 "$(openssl_sha256 env)" --openssl-sha256-plain "$(openssl_sha256 env OPENSSL_ia32cap=:~0x20000000)")
fi
"$bin" pseudonymize --statements "$statements" --rounds 5 "${sha[@]}"
lrs_state=.build-lrs/benchmark-upload-state
trap 'Scripts/lrs/stop-lrs.sh "$lrs_state" >/dev/null 2>&1 || true' EXIT
if LRS_RESET=1 Scripts/lrs/start-lrs.sh .build-lrs/venv 18098 "$lrs_state" >/dev/null; then
    # shellcheck disable=SC1091
    source "$lrs_state/lrs.env"
    "$bin" upload --statements 20000 --endpoint "$LRS_ENDPOINT" --user "$LRS_USERNAME" --password "$LRS_PASSWORD"
else
    "$bin" upload --statements 20000
fi
