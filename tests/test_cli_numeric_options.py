"""Every numeric option of every subcommand turns away nan, inf, negatives where they mean
nothing, and words: exit 2, one line naming the option, nothing read or written.

The options come from the real argparse parsers, so a new numeric option (or subcommand) that
skips validation fails here.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from editor.cli import SUBCOMMANDS, _build_parser, main
from editor.headless.options import NumberRange
from editor.i18n.memory import DATA_DIR_VARIABLE

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "redis-cache-invalidation.diagram.json"

FIXTURES = Path(__file__).resolve().parent / "importers" / "fixtures"
#: a command line that works for each subcommand; "{tmp}" is the test's folder
WORKING = {
    "validate": ["{doc}"],
    "schema": [],
    "translate": ["{doc}", "--to", "en-XA", "--provider", "pseudo"],
    "strings": ["{doc}", "--to", "de", "-o", "{tmp}/de.xlf"],
    "export": ["{doc}", "-o", "{tmp}/out.png"],
    "memory": [],
    "import": [
        str(Path(__file__).resolve().parent / "importers" / "fixtures" / "features.drawio"),
        "-o",
        "{tmp}/in.diagram.json",
    ],
    "layout": ["{doc}", "-o", "{tmp}/laid.diagram.json"],
}
#: a value that works where the default is none and 96 would not (the fixture has one page; at most 20 x)
GOOD = {("import", "--page"): 1, ("layout", "--page"): 1, ("export", "--scale"): 1}
BAD_VALUES = ["nan", "NaN", "inf", "-inf", "Infinity", "1e999", "-1", "ten", "", "0x10", "2_0"]


def numeric_options() -> list[tuple[str, str, argparse.Action]]:
    """(subcommand, option, action) for every option whose value is a number."""
    subparsers = next(action for action in _build_parser()._actions if isinstance(action, argparse._SubParsersAction))
    found = []
    for name, parser in subparsers.choices.items():
        for action in parser._actions:
            if action.option_strings and (action.type in (int, float) or isinstance(action.type, NumberRange)):
                found.append((name, action.option_strings[-1], action))
    return found


def test_every_subcommand_has_a_working_command_line_here() -> None:
    assert set(WORKING) == set(SUBCOMMANDS)
    assert {(name, option) for name, option, _ in numeric_options()} >= {
        ("translate", "--timeout"),
        ("export", "--scale"),
        ("export", "--dpi"),
        ("export", "--padding"),
    }


def test_numeric_options_are_validated_by_a_number_range() -> None:
    unchecked = [
        f"{name} {option}" for name, option, action in numeric_options() if not isinstance(action.type, NumberRange)
    ]
    assert unchecked == []


CASES = [
    pytest.param(name, option, value, id=f"{name} {option} {value or 'empty'}")
    for name, option, action in numeric_options()
    for value in BAD_VALUES
    if not (value == "-1" and isinstance(action.type, NumberRange) and action.type.low < 0)  # negative allowed there
]


@pytest.mark.parametrize(("command", "option", "value"), CASES)
def test_a_bad_number_is_a_usage_error_in_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    option: str,
    value: str,
) -> None:
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "data"))
    document = tmp_path / "doc.diagram.json"
    document.write_bytes(EXAMPLE.read_bytes())
    arguments = [word.format(doc=document, tmp=tmp_path) for word in WORKING[command]]
    assert main([command, *arguments, f"{option}={value}"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and option in error, error
    assert sorted(path.name for path in tmp_path.iterdir()) == ["doc.diagram.json"]
    assert document.read_bytes() == EXAMPLE.read_bytes()


@pytest.mark.parametrize(
    ("command", "option", "action"), [pytest.param(*case, id=f"{case[0]} {case[1]}") for case in numeric_options()]
)
def test_a_good_number_is_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, option: str, action: argparse.Action
) -> None:
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "data"))
    document = tmp_path / "doc.diagram.json"
    document.write_bytes(EXAMPLE.read_bytes())
    arguments = [word.format(doc=document, tmp=tmp_path) for word in WORKING[command]]
    good = action.default if action.default is not None else GOOD.get((command, option), 96)
    assert main([command, *arguments, f"{option}={good}"]) == 0
