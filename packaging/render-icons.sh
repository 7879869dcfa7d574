#!/bin/sh
# Renders the application icon's PNG sizes from its two SVG masters with rsvg-convert:
#   16..32 px from resources/icons/app-icon-small.svg (redrawn on a 16-pixel grid),
#   48..512 px from the scalable icon. Usage: render-icons.sh [HICOLOR_DIR]
# The PNGs are committed; tests/packaging/test_icons.py re-renders them to prove they match.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/packaging/app-id.sh"
hicolor=${1:-$root/resources/icons/hicolor}
scalable=$root/resources/icons/hicolor/scalable/apps/$APP_ID.svg
small=$root/resources/icons/app-icon-small.svg
command -v rsvg-convert >/dev/null || { echo "render-icons: needs rsvg-convert (Debian: librsvg2-bin)" >&2; exit 2; }
for size in $APP_ICON_SIZES; do
    master=$scalable
    [ "$size" -le 32 ] && master=$small
    mkdir -p "$hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --format png "$master" --output "$hicolor/${size}x${size}/apps/$APP_ID.png"
done
