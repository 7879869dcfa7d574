"""Build the bundled templates from their English source and reviewed XLIFF files, or check them.

Each template in ``resources/templates/`` ships with every translation inside it (the app reads
one file). Those translations come only from the reviewed files
``resources/templates/translations/<template>.<lang>.xlf``, one per interface language; so the
shipped JSON is always its English source plus those files, which ``check`` verifies.

    python -m translations.templates build             # rewrite the templates from source + XLIFF
    python -m translations.templates check             # exit 1 when a template differs from them
    python -m translations.templates export T --to ja  # a fresh XLIFF of template T for a translator

After editing a template's English text, export its strings, update the translations (a
reviewed file must be all ``final``) and build again.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(ROOT))

from editor.i18n.reviewed_translations import (  # noqa: E402
    TranslationProblem,
    source_only,
    with_reviewed_translations,
    xliff_file,
)
from editor.i18n.xliff import export_xliff  # noqa: E402
from editor.model import Document, DocumentError, dumps, load  # noqa: E402
from editor.model.atomic_files import write_atomically  # noqa: E402

TEMPLATES = ROOT / "resources" / "templates"
TRANSLATIONS = TEMPLATES / "translations"
SUFFIX = ".diagram.json"
#: The content language of each interface language but English (zh_CN's content tag is zh-Hans).
LANGUAGES = ("de", "es", "fr", "ja", "pt-BR", "zh-Hans", "ar")


def template_files() -> list[Path]:
    return sorted(TEMPLATES.glob(f"*{SUFFIX}"))


def stem(path: Path) -> str:
    return path.name.removesuffix(SUFFIX)


def built(path: Path) -> Document:
    """The template at ``path`` rebuilt: its source texts plus every language's reviewed file."""
    files = [xliff_file(TRANSLATIONS, stem(path), language) for language in LANGUAGES]
    missing = [str(file) for file in files if not file.is_file()]
    if missing:
        raise TranslationProblem(f"{path.name}: no reviewed translation {', '.join(missing)}")
    return with_reviewed_translations(source_only(load(path)), files)


def build() -> int:
    for path in template_files():
        # no .bak beside the template: resources/ ships whole in the PyInstaller bundle (git has the old one)
        write_atomically(path, dumps(built(path)).encode("utf-8"), keep_backup=False)
        print(f"built {path}")
    return 0


def check() -> int:
    """0 when every shipped template equals its source plus its reviewed files, else 1 (names them)."""
    differing = [path.name for path in template_files() if dumps(built(path)) != dumps(load(path))]
    for name in differing:
        print(f"templates: {name} differs from its source and translations; run `build`", file=sys.stderr)
    return 1 if differing else 0


def export(name: str, language: str, output: Path | None) -> int:
    path = TEMPLATES / f"{name}{SUFFIX}"
    data = export_xliff(load(path), language, original=path.name)
    target = output or xliff_file(TRANSLATIONS, name, language)
    target.write_bytes(data)
    print(f"wrote {target}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m translations.templates", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="rewrite the templates from their source and reviewed XLIFF files")
    commands.add_parser("check", help="fail when a template differs from its source and reviewed files")
    exporting = commands.add_parser("export", help="write the XLIFF of one template for one language")
    exporting.add_argument("template", help="a template name, e.g. request-flow")
    exporting.add_argument("--to", required=True, metavar="LANG", help="the language to translate into")
    exporting.add_argument("-o", "--output", type=Path, help="where to write (default: the reviewed file's path)")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            return build()
        if args.command == "check":
            return check()
        return export(args.template, args.to, args.output)
    except (TranslationProblem, DocumentError, OSError) as error:
        print(f"templates: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
