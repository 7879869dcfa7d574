"""The frozen bundle's entry point: the same ``main`` the ``diagram-editor`` console script runs."""

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
