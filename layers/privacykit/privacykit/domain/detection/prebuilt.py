"""Start-up work the build does once (``make install``; the layer's build copies what it wrote), so that a scan
does not do it at every start: the keyword automaton's tables (``scanners/keywords.py``) and the compiled form
of every lazy pattern (``lazyre.py``). Each file is read only when it was written from the same sources (the
tables) or by the same interpreter (the patterns); otherwise, or without them, the work is done as before.
"""

from __future__ import annotations

from privacykit.domain.detection import lazyre
from privacykit.domain.detection.scanners import keywords

__all__ = ["write"]


def write() -> None:
    """Write both files into the package's ``data`` folder (every scanner is imported by now: its patterns
    are made at import)."""
    keywords.write_tables()
    lazyre.write_compiled()
