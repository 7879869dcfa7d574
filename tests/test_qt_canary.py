"""Canary for PySide6 6.12.0 on Python 3.11, which decrements None's refcount on void calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_void_qt_calls_do_not_eat_none_references() -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    point = QPointF()
    pen = QPen(QColor("#123456"))
    before = sys.getrefcount(None)
    for number in range(5_000):  # 10,000 void calls; more would abort the process on a bad build
        point.setX(number)
        painter.setPen(pen)
    painter.end()
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a constant; on 3.11 a leak shows as a drop of ~10,000.
    assert after >= before - 100, f"None lost {before - after} references across 10,000 void Qt calls"
