#!/usr/bin/env bash
# Proves a built bundle works on this machine, without the checkout's venv: the headless CLI
# (--version, validate, and export when the bundle has it) and a real window under Xvfb.
# Prints the bundle's size and start-up timings, and writes them with a screenshot to OUT_DIR.
#   check-dist.sh [BUNDLE_DIR] [OUT_DIR]     defaults: dist/diagram-editor build/dist-check
set -euo pipefail
bundle=${1:-dist/diagram-editor}
out=${2:-build/dist-check}
exe=$bundle/diagram-editor
example=$bundle/_internal/editor/_data/examples/redis-cache-invalidation.diagram.json
[ -x "$exe" ] || { echo "check-dist: no bundle at $exe (run make dist)" >&2; exit 2; }
mkdir -p "$out"
report=$out/report.txt
: >"$report"
fail() { echo "check-dist: FAILED: $*" >&2; exit 1; }
note() { echo "$*" | tee -a "$report"; }
seconds_since() { awk -v start="$1" -v now="$EPOCHREALTIME" 'BEGIN { printf "%.2f", now - start }'; }

# Nothing from the checkout may leak in: no venv on PATH, no PYTHONPATH, and run from elsewhere.
unset PYTHONPATH VIRTUAL_ENV PYTHONHOME
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")
example=$(cd "$(dirname "$example")" && pwd)/$(basename "$example")
out=$(cd "$out" && pwd)
report=$out/report.txt
cd "$work"
# A first start for a new user: settings, recovery files and caches go to the scratch folder.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache

note "bundle: $(du -sh "$(dirname "$exe")" | cut -f1) in $(find "$(dirname "$exe")" -type f | wc -l) files"

best=999
for _ in 1 2 3; do
    start=$EPOCHREALTIME
    version=$("$exe" --version) || fail "--version exited $?"
    elapsed=$(seconds_since "$start")
    best=$(awk -v a="$best" -v b="$elapsed" 'BEGIN { if (b + 0 < a + 0) print b; else print a }')
done
note "version: $version (start-up to exit, best of 3: ${best} s)"

start=$EPOCHREALTIME
"$exe" validate "$example" >"$work/validate.txt" || fail "validate exited $?"
grep -q ": valid (" "$work/validate.txt" || fail "validate printed: $(cat "$work/validate.txt")"
note "validate example: ok ($(seconds_since "$start") s)"

if "$exe" export --help >/dev/null 2>&1; then
    for suffix in png svg; do
        start=$EPOCHREALTIME
        "$exe" export "$example" -o "$work/example.$suffix" >"$work/export.log" || fail "export to $suffix exited $?"
        elapsed=$(seconds_since "$start")
        cp "$work/example.$suffix" "$out/example.$suffix"
        case $suffix in
            png) [ "$(head -c 4 "$work/example.png" | od -An -tx1 | tr -d ' ')" = 89504e47 ] || fail "export wrote no PNG" ;;
            svg) grep -q "<svg" "$work/example.svg" || fail "export wrote no SVG" ;;
        esac
        note "export example to $suffix: ok ($elapsed s, $(stat -c %s "$work/example.$suffix") bytes)"
    done
else
    note "export: not in this bundle yet (diagram-editor export --help failed); skipped"
fi

# A real window: a private Xvfb screen, the xcb platform, and xwininfo to see the window appear.
for tool in Xvfb xwininfo import; do command -v "$tool" >/dev/null || fail "needs $tool (see packaging/dist-packages.txt)"; done
# Xvfb picks a free display itself and writes its number once it accepts connections (-displayfd):
# guessing a number from lock files raced with other X servers on the machine.
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
trap 'kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 200); do [ -s "$work/display" ] && break; kill -0 "$xvfb_pid" 2>/dev/null || break; sleep 0.05; done
[ -s "$work/display" ] || fail "Xvfb did not start: $(tail -5 "$work/xvfb.log")"
display=:$(tr -d '[:space:]' <"$work/display")
xwininfo -root -display "$display" >/dev/null 2>&1 || fail "Xvfb on $display accepts no connection: $(tail -5 "$work/xvfb.log")"
start=$EPOCHREALTIME
DISPLAY=$display QT_QPA_PLATFORM=xcb "$exe" "$example" >"$work/app.log" 2>&1 &
app_pid=$!
trap 'kill "$app_pid" "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
shown=""
for _ in $(seq 300); do
    # Qt creates its X windows (a 1x1 helper among them) before mapping them: wait for a viewable one.
    for window_id in $(xwininfo -root -tree -display "$display" 2>/dev/null | awk '/Diagram Editor/ { print $1 }'); do
        if xwininfo -id "$window_id" -display "$display" 2>/dev/null | grep -q "IsViewable"; then
            shown=$(seconds_since "$start")
        fi
    done
    [ -n "$shown" ] && break
    kill -0 "$app_pid" 2>/dev/null || fail "the window process exited on $display: $(grep -v '^$' "$work/app.log" | head -5)"
    sleep 0.05
done
[ -n "$shown" ] || fail "no Diagram Editor window within 15 s: $(tail -5 "$work/app.log")"
sleep 1.5
kill -0 "$app_pid" 2>/dev/null || fail "the window closed by itself: $(tail -5 "$work/app.log")"
DISPLAY=$display import -window root "$out/window.png"
note "window: shown after ${shown} s under Xvfb, still running 1.5 s later; screenshot $out/window.png"
note "check-dist: all checks passed"
