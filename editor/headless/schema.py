"""``diagram-editor schema``: the JSON Schema that documents follow."""

from __future__ import annotations

import argparse
import sys

from editor.model.document import json_schema_text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options


def run(args: argparse.Namespace) -> int:
    del args
    sys.stdout.write(json_schema_text())
    return 0
