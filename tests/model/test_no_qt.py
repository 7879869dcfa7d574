"""The model and the commands work where Qt cannot even be imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'qtawesome', 'qtpy'):
            raise ImportError('Qt is blocked in this test: ' + name)
        return None
sys.meta_path.insert(0, BlockQt())
"""


def test_model_and_commands_import_and_work_without_qt(example_path: Path) -> None:
    script = (
        BLOCK_QT
        + f"""
import editor.model, editor.commands
from editor.model import load, dumps
document = load({str(example_path)!r})
assert dumps(document)
import pkgutil, importlib
for package in (editor.model, editor.commands):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):
        importlib.import_module(module.name)
assert not any(name.startswith('PySide6') for name in sys.modules)
print('ok')
"""
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
