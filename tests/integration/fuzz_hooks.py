"""Schemathesis hooks for the fuzzing stage (loaded through ``SCHEMATHESIS_HOOKS``; see test_fuzz_api.py).

A data subject is not a resource this API creates: the caller names it (any id matching the path's
pattern is a subject). Schemathesis's dependency analysis sees ``subject_id`` and, finding no operation
that produces a ``Subject``, ranks every route keyed by a subject (consents, contact, classify, access
and erasure requests, legal holds, reports) as an unreliable root; the stateful phase then never starts
a scenario there, and the links from what those routes create are never followed. Counting ``Subject``
as given puts them back among the roots. (Schemathesis is pinned in requirements-dev.txt; if this
function moves, the hook fails loudly and so does the test.)
"""

from __future__ import annotations

from typing import Any

import schemathesis.specs.openapi.stateful as stateful

_likely_root = stateful.is_likely_root_transition


def _subjects_are_given(operation: Any, node: Any, produced_anywhere: set[str]) -> bool:
    return _likely_root(operation, node, produced_anywhere | {"Subject"})


stateful.is_likely_root_transition = _subjects_are_given
