"""The shipped pattern of valid North American numbers is the one libphonenumber's metadata gives (issue 13)."""

from __future__ import annotations

import sys

from privacykit.domain.detection import validators as v


def test_shipped_pattern_matches_the_installed_metadata() -> None:
    # If this fails after a libphonenumber upgrade, rewrite data/nanp_valid.txt from nanp_pattern_source().
    assert v._nanp_valid().pattern == v.nanp_pattern_source()


def test_a_us_number_is_checked_without_importing_libphonenumber() -> None:
    v._nanp_valid.cache_clear()
    v.phone_ok.cache_clear()
    loaded = "phonenumbers" in sys.modules
    assert v.phone_ok("(212) 555-0142")
    assert not v.phone_ok("(212) 055-0142")
    assert ("phonenumbers" in sys.modules) == loaded
