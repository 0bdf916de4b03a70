#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy15.jsonl``: a development set for phones, addresses, identifiers, clinical assertion and
clean documents (issue 13, eighth pass).

Written by hand for issue 13 (helper "accuracy15"), each document before the rule it exercises was written; the
names, numbers, streets, drugs and conditions are made up here, none is taken from a tune document. Markup as
``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy15.jsonl")
doc = SET.doc

# ------------------------------------------------ numbers reserved for fiction, called test values where they stand

doc(
    "a15_phone_fixture_config",
    "free_text",
    """\
integration:
  sms_gateway: eu-west
  fixtures:
    subscriber_msisdn: "+44 7700 900417"   # reserved drama number
    landline_sample: "020 7946 0381"
""",
)
doc(
    "a15_phone_docs_example",
    "free_text",
    """\
How to register: enter your mobile number, for example (415) 555-0172, and wait for the code.
Our test line +61 491 570 110 answers with a recorded message.
""",
)
doc(
    "a15_phone_reserved_in_a_record",
    "free_text",
    """\
Next of kin: [[PERSON|Ingrid Solvang]] (sister), mobile [[PHONE|07700 900654]]
Alternate: [[PHONE|(312) 555-0148]]
""",
)

# ------------------------------------------------ dotted quads after a firmware word

doc(
    "a15_ip_baseband_versions",
    "log",
    """\
2025-03-02T10:11:12Z updater INFO radio baseband 12.61.44.70 applied
2025-03-02T10:11:14Z updater INFO bootloader 15.52.80.3 verified
2025-03-02T10:11:20Z updater INFO uplink from [[IP_ADDRESS|172.20.14.9]] ok
""",
)
doc(
    "a15_ip_receiver_version",
    "free_text",
    """\
Workstation check: viewer rcvr 22.12.1.48 installed, session host [[IP_ADDRESS|10.61.200.17]].
""",
)

if __name__ == "__main__":
    SET.write()
