"""Layout measures text with Qt: the render tests' QApplication fixture, so later widget tests in the
same process still get a QApplication."""

from tests.render.conftest import gui_application

__all__ = ["gui_application"]
