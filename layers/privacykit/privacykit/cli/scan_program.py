"""``privacy-scan`` run as a program (the console script's entry point): the cyclic garbage collector is off for
the whole process, from the imports on.

A scan makes objects in the hundreds of thousands (the detector's word lists and patterns at import, a dense
export's 150,000 findings) and almost none of them in a cycle; the process ends by ``os._exit`` (``scan._exit``)
once its output is written. Each collection their number sets off would only walk objects that reference counting
frees: ~8 ms of the imports and ~10 ms of a 4 MB export's run, measured. The detection pass already pauses the
collector per window (``engine._detect``); here the imports, the reading and the output are covered too. Calling
:func:`privacykit.cli.scan.main` from Python (tests, other tools) leaves the collector as it is.
"""

from __future__ import annotations

import gc

__all__ = ["main"]


def main() -> int:
    gc.disable()
    from privacykit.cli.scan import main as scan

    return scan()
