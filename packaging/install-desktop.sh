#!/bin/sh
# Installs (or removes) Diagram Editor's desktop integration for the current user:
# the launcher (.desktop), the icons, the *.diagram.json document type and the AppStream metainfo,
# under ${XDG_DATA_HOME:-~/.local/share}. Nothing outside that folder is touched; no root needed.
#   install-desktop.sh install [--exec COMMAND]   COMMAND: what the launcher runs (default: diagram-editor on PATH)
#   install-desktop.sh uninstall
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/packaging/app-id.sh"
data=${XDG_DATA_HOME:-$HOME/.local/share}
desktop_source=$root/resources/desktop
icons_source=$root/resources/icons/hicolor

usage() { echo "usage: install-desktop.sh install [--exec COMMAND] | uninstall" >&2; exit 2; }

refresh_caches() {
    # Each cache tool is optional: desktops without it read the files directly.
    if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
    if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$data/applications"; fi
    if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -f -t "$data/icons/hicolor" 2>/dev/null || true; fi
}

installed_files() {
    echo "$data/applications/$APP_ID.desktop"
    echo "$data/mime/packages/$APP_ID.xml"
    echo "$data/metainfo/$APP_ID.metainfo.xml"
    echo "$data/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $APP_ICON_SIZES; do echo "$data/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
}

install_files() {
    command=$1
    case $command in
        */*) [ -x "$command" ] || { echo "install-desktop: $command is not an executable file" >&2; exit 2; } ;;
        *) command -v "$command" >/dev/null || { echo "install-desktop: $command is not on PATH; pass --exec /path/to/diagram-editor" >&2; exit 2; } ;;
    esac
    # The Desktop Entry spec wants an argument with spaces in double quotes.
    case $command in *" "*) exec_value="\"$command\"" ;; *) exec_value=$command ;; esac
    mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
    sed -e "s|^Exec=diagram-editor |Exec=$exec_value |" -e "s|^TryExec=diagram-editor$|TryExec=$command|" \
        "$desktop_source/$APP_ID.desktop" >"$data/applications/$APP_ID.desktop"
    cp "$desktop_source/$APP_ID.mime.xml" "$data/mime/packages/$APP_ID.xml"
    cp "$desktop_source/$APP_ID.metainfo.xml" "$data/metainfo/$APP_ID.metainfo.xml"
    cp "$icons_source/scalable/apps/$APP_ID.svg" "$data/icons/hicolor/scalable/apps/"
    for size in $APP_ICON_SIZES; do
        mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
        cp "$icons_source/${size}x${size}/apps/$APP_ID.png" "$data/icons/hicolor/${size}x${size}/apps/"
    done
    refresh_caches
    echo "Installed Diagram Editor's launcher, icons and document type under $data (runs: $command)"
}

uninstall_files() {
    installed_files | while read -r file; do rm -f "$file"; done
    [ -d "$data/mime" ] && refresh_caches
    echo "Removed Diagram Editor's launcher, icons and document type from $data"
}

[ $# -ge 1 ] || usage
action=$1; shift
case $action in
    install)
        command=diagram-editor
        while [ $# -gt 0 ]; do
            case $1 in --exec) [ $# -ge 2 ] || usage; command=$2; shift 2 ;; *) usage ;; esac
        done
        install_files "$command" ;;
    uninstall) [ $# -eq 0 ] || usage; uninstall_files ;;
    *) usage ;;
esac
