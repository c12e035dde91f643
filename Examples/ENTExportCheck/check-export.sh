#!/usr/bin/env bash
# Checks an ENT trace export before it is shared, and writes its three reports into one folder:
#   report.txt        FILE:LINE lines and a summary, for people
#   report.junit.xml  one test case per statement, for a CI server
#   report.html       one self-contained page (charts, first examples) to open or send as it is
#
# usage: check-export.sh [EXPORT] [REPORTS]
#   EXPORT   the export to check (default: ../ent-export.ndjson, the sample shipped with the package)
#   REPORTS  the folder for the reports (default: reports/ beside this script)
# environment:
#   EDUTRACES    the edutraces command to run (default: the package's own, built with swift build)
#   REPORT_LANG  the language of the reports, en or fr (default: en)
#
# Exit status: 0 no statement has an error (warnings allowed), 1 at least one error,
# 2 the export could not be read or the command could not run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package="$(cd "$here/../.." && pwd)"

# Paths given by the caller are read from the caller's folder; the defaults from this script's folder,
# and they are written relative to it in the reports so that the shipped reports are the same everywhere.
absolute() {
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        *) printf '%s/%s\n' "$PWD" "$1" ;;
    esac
}
export_path="../ent-export.ndjson"
reports="reports"
if [[ $# -ge 1 ]]; then export_path="$(absolute "$1")"; fi
if [[ $# -ge 2 ]]; then reports="$(absolute "$2")"; fi
if [[ $# -gt 2 ]]; then
    echo "usage: $(basename "$0") [EXPORT] [REPORTS]" >&2
    exit 2
fi
language="${REPORT_LANG:-en}"

if [[ -z "${EDUTRACES:-}" ]]; then
    swift build --package-path "$package" --product edutraces >&2
    EDUTRACES="$(swift build --package-path "$package" --show-bin-path)/edutraces"
fi

cd "$here"
mkdir -p "$reports"

# validate exits 1 when a statement has an error: that is a result here, not a failure of the script.
status=0
for format in text junit html; do
    case "$format" in
        text) file="report.txt" ;;
        junit) file="report.junit.xml" ;;
        html) file="report.html" ;;
    esac
    code=0
    "$EDUTRACES" validate --lang "$language" --format "$format" -o "$reports/$file" "$export_path" || code=$?
    if [[ $code -ge 2 ]]; then
        echo "check-export: edutraces validate --format $format failed (exit status $code)" >&2
        exit 2
    fi
    status=$code
done

folder="$(cd "$reports" && pwd)"
echo "Reports of $export_path:"
for file in report.txt report.junit.xml report.html; do
    echo "  $folder/$file"
done
echo
tail -n 1 "$reports/report.txt"
exit "$status"
