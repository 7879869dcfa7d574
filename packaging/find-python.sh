#!/bin/sh
# Prints the Python to build .venv with: the newest 3.13/3.12 found (pyenv included), else python3.
# PySide6 6.12 misbehaves on 3.11, so pyproject pins 3.11 to PySide6 6.11.3 via a marker.
for candidate in python3.12 python3.13; do
    found=$(command -v "$candidate" 2>/dev/null) && "$found" -c 'import venv, ensurepip' 2>/dev/null && { echo "$found"; exit 0; }
done
root=${PYENV_ROOT:-$HOME/.pyenv}
for candidate in "$root"/versions/3.12*/bin/python3.12 "$root"/versions/3.13*/bin/python3.13; do
    [ -x "$candidate" ] && "$candidate" -c 'import venv, ensurepip' 2>/dev/null && { echo "$candidate"; exit 0; }
done
command -v python3 || { echo "no python3 found" >&2; exit 1; }
