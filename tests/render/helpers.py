"""Shared helpers for the render tests: rsvg-convert, pixel differences, a multilingual document."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest

from editor.model import Document
from editor.model.io import from_data


def rsvg_png(svg: Path, out: Path, fontconfig_file: Path, language: str | None = None) -> Path:
    """``svg`` drawn by rsvg-convert with the fonts of ``fontconfig_file``; ``language``: the reader's
    (librsvg matches ``systemLanguage`` against the locale's languages, ``LANGUAGE`` first)."""
    rsvg = shutil.which("rsvg-convert")
    if rsvg is None:
        pytest.fail("rsvg-convert is missing: make setup installs librsvg2-bin")
    env = dict(os.environ, FONTCONFIG_FILE=str(fontconfig_file))
    if language is not None:
        env.update(LANGUAGE=language, LC_ALL="C.UTF-8")
    subprocess.run([rsvg, str(svg), "-o", str(out)], check=True, env=env, timeout=120)
    return out


def inherited_attribute(root: ET.Element) -> Callable[[ET.Element, str], str | None]:
    """``value(element, name)``: the attribute as an SVG viewer resolves an inherited property
    (font-family, direction, text-anchor, xml:lang, fill...): the element's own, else its nearest
    ancestor's. The writer states what most elements share once, on an ancestor."""
    parents = {child: parent for parent in root.iter() for child in parent}

    def value(element: ET.Element, name: str) -> str | None:
        node: ET.Element | None = element
        while node is not None:
            found = node.get(name)
            if found is not None:
                return found
            node = parents.get(node)
        return None

    return value


def differing_pixels(first: Path, second: Path, threshold: int = 64) -> tuple[int, int]:
    """(pixels where some channel differs by more than ``threshold``, all pixels).

    Opaque images (every export compared here has a background) are compared by Qt in C: the
    ``Difference`` composition gives |a - b| per channel, a byte table marks the channels past the
    threshold, and the pixels with any mark are counted; anything translucent the slow way.
    """
    from PySide6.QtGui import QImage, QPainter

    images = [QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32) for path in (first, second)]
    assert images[0].size() == images[1].size(), (images[0].size(), images[1].size())
    a, b = (bytes(image.constBits()) for image in images)
    pixels = len(a) // 4
    if a[3::4].count(255) != pixels or b[3::4].count(255) != pixels:
        flags = bytes(1 if abs(x - y) > threshold else 0 for x, y in zip(a, b, strict=True))
        count = sum(1 for index in range(0, len(flags), 4) if flags[index : index + 4] != b"\0\0\0\0")
        return count, pixels
    difference = images[0].copy()
    painter = QPainter(difference)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    painter.drawImage(0, 0, images[1])
    painter.end()
    marked = bytearray(bytes(difference.constBits()).translate(bytes(int(v > threshold) for v in range(256))))
    marked[3::4] = bytes(pixels)  # alpha: opaque in both
    return pixels - array("I", marked).count(0), pixels


def multilingual_document() -> Document:
    """Boxes, arrows, a legend and notes with German, Japanese and Arabic variants."""

    def text(en: str, de: str, ja: str, ar: str) -> dict[str, object]:
        return {
            "text": en,
            "variants": {
                "de": {"text": de, "source": en},
                "ja": {"text": ja, "source": en},
                "ar": {"text": ar, "source": en},
            },
        }

    return from_data(
        {
            "format": "diagram-editor",
            "schema_version": 2,
            "settings": {
                "title": text("Cache", "Zwischenspeicher", "キャッシュ", "ذاكرة التخزين المؤقت"),
                "languages": ["en", "de", "ja", "ar"],
            },
            "elements": [
                {
                    "id": "client",
                    "type": "box",
                    "rect": {"x": 40, "y": 60, "width": 240, "height": 150},
                    "icon": "mdi6.web",
                    "name": text("Browser", "Browser", "ブラウザー", "المتصفح"),
                    "role": text(
                        "Sends read and write requests",
                        "Sendet Lese- und Schreibanfragen über HTTPS",
                        "読み取りと書き込みのリクエストを送信します",
                        "يرسل طلبات القراءة والكتابة عبر HTTPS",
                    ),
                },
                {
                    "id": "store",
                    "type": "box",
                    "style": {"palette": "read-path"},
                    "rect": {"x": 440, "y": 60, "width": 240, "height": 150},
                    "icon": "mdi6.database",
                    "name": text("Database", "Datenbank", "データベース", "قاعدة البيانات"),
                    "role": text(
                        "Source of truth",
                        "Maßgebliche Datenquelle für Größenänderungen",
                        "永続的なレコードの信頼できる情報源",
                        "مصدر الحقيقة للسجلات الدائمة",
                    ),
                },
                {
                    "id": "read",
                    "type": "arrow",
                    "style": {"palette": "read-path"},
                    "source": {"element": "client", "anchor": "right"},
                    "target": {"element": "store", "anchor": "left"},
                    "label": text(
                        "GET /item/42", "GET /item/42 (Lesen)", "GET /item/42 読み取り", "GET /item/42 قراءة"
                    ),
                },
                {
                    "id": "write",
                    "type": "arrow",
                    "style": {"palette": "write-path"},
                    "routing": "orthogonal",
                    "source": {"element": "client", "anchor": "bottom"},
                    "target": {"element": "store", "anchor": "bottom"},
                    "waypoints": [{"x": 360, "y": 300}],
                    "label": text("UPDATE row", "UPDATE Zeile", "UPDATE 行", "UPDATE صف"),
                },
                {
                    "id": "note",
                    "type": "text",
                    "role": "note",
                    "style": {"palette": "note"},
                    "icon": "mdi6.alert-circle-outline",
                    "rect": {"x": 40, "y": 340, "width": 300, "height": 80},
                    "text": text(
                        "Invalidate after the update succeeds",
                        "Erst nach erfolgreichem Update invalidieren",
                        "更新が成功した後に無効化します",
                        "أبطل الذاكرة بعد نجاح التحديث",
                    ),
                },
                {
                    "id": "steps",
                    "type": "legend",
                    "rect": {"x": 380, "y": 330, "width": 320, "height": 200},
                    "title": text("How it works", "So funktioniert es", "仕組み", "كيف يعمل"),
                    "entries": [
                        {"text": text("Read the record", "Datensatz lesen", "レコードを読む", "اقرأ السجل")},
                        {"text": text("Write the record", "Datensatz schreiben", "レコードを書く", "اكتب السجل")},
                    ],
                },
            ],
        }
    )


def write_fontconfig(folder: Path, *, system_fonts: bool, extra_folders: tuple[Path, ...] = ()) -> Path:
    """A fontconfig setup in ``folder`` (for ``FONTCONFIG_FILE``): the system's fonts or none, plus
    ``extra_folders``. Without the extras it is a machine where our app, and its bundled
    handwriting font, is not installed: how our SVGs are opened elsewhere."""
    config = folder / "fonts.conf"
    system = '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n' if system_fonts else ""
    extras = "".join(f"  <dir>{extra}</dir>\n" for extra in extra_folders)
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"{system}{extras}  <cachedir>{folder / 'cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return config


def chromium_page_screenshot(
    page: Path, size: tuple[int, int], out: Path, *, language: str | None = None, fontconfig_file: Path | None = None
) -> Path:
    """``page`` as Debian's headless Chromium shows it, one start: a PNG of ``size``.

    ``language``: the reader's; ``--accept-lang`` is what sets the languages ``systemLanguage``
    matches (measured with Chromium on Debian: ``--lang`` alone, and the LANG/LANGUAGE variables,
    leave it at en-US). ``fontconfig_file``: the fonts the machine has.
    """
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("chromium is missing: packaging/system-packages.txt lists it")
    profile = out.with_suffix(".profile")
    width, height = size
    languages = [f"--lang={language}", f"--accept-lang={language}"] if language else []
    command = [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--force-device-scale-factor=1", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}", *languages,
               f"--window-size={width},{height}", f"--screenshot={out}", page.resolve().as_uri()]  # fmt: skip
    env = dict(os.environ, FONTCONFIG_FILE=str(fontconfig_file)) if fontconfig_file else None
    subprocess.run(command, check=True, capture_output=True, timeout=180, env=env)
    shutil.rmtree(profile, ignore_errors=True)
    return out


def chromium_screenshot(svg: Path, out: Path, language: str, size: tuple[int, int]) -> Path:
    """``svg`` as headless Chromium draws it in an ``<img>`` for a reader whose language is ``language``."""
    page = out.with_suffix(".html")
    page.write_text(
        f'<!DOCTYPE html><html><body style="margin:0"><img src="{svg.resolve().as_uri()}"></body></html>',
        encoding="utf-8",
    )
    return chromium_page_screenshot(page, size, out, language=language)
