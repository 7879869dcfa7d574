import sys

from editor.cli import console_main

sys.exit(console_main())
