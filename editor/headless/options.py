"""Numeric option values, checked while the command line is parsed.

Every numeric option of every subcommand takes a :class:`NumberRange` as its argparse ``type``,
so ``nan``, ``inf``, a negative where it means nothing, or a word is a usage error (exit 2, one
line naming the option) before any file is read or any server is asked. ``float`` alone accepts
``nan`` and ``inf``, which then fail much later with a message that blames something else.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class NumberRange:
    """An argparse ``type``: a finite number from ``low`` to ``high`` (``low`` itself only if
    ``low_allowed``), in ``unit``."""

    low: float
    high: float
    low_allowed: bool = False
    unit: str = ""
    whole: bool = False

    def describe(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        if self.low_allowed:
            return f"a number from {self.low:g} to {self.high:g}{unit}"
        return f"a number more than {self.low:g} and at most {self.high:g}{unit}"

    def __call__(self, text: str) -> float | int:
        try:
            if "_" in text:  # float() reads "2_0" as 20: a typo must not pass as a number ten times too big
                raise ValueError(text)
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number; expected {self.describe()}") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"{text!r} is not a finite number; expected {self.describe()}")
        above_low = value >= self.low if self.low_allowed else value > self.low
        if not (above_low and value <= self.high):
            raise argparse.ArgumentTypeError(f"{text!r} is out of range; expected {self.describe()}")
        if self.whole and not value.is_integer():
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number; expected {self.describe()}")
        return int(value) if self.whole else value
