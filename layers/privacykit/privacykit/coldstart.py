"""A handler module loads with the cyclic garbage collector paused (issue 13: cold start).

Loading a handler imports the layer and its dependencies: some hundred thousand objects that live as long as the
process. The collector ran about 150 times during the classify handler's import and freed almost none of them,
12-16% of the import's CPU (docs/detection.md, "The layer ships compiled"). A handler's first import is this
module, which pauses the collector; its last line calls :func:`end_of_cold_start`, which hands everything loaded
so far to the permanent generation (never scanned again) and resumes collection.
"""

from __future__ import annotations

import gc

__all__ = ["end_of_cold_start"]

gc.disable()


def end_of_cold_start() -> None:
    """Freeze what the handler module loaded and resume garbage collection: the module's last statement."""
    gc.freeze()
    gc.enable()
