"""The shipped pattern of valid North American numbers is the one libphonenumber's metadata gives (issue 13)."""

from __future__ import annotations

import sys

from privacykit.domain.detection import validators as v


def test_shipped_pattern_matches_the_installed_metadata() -> None:
    # If this fails after a libphonenumber upgrade, rewrite data/nanp_valid.txt from nanp_pattern_source().
    assert v._nanp_valid().pattern == v.nanp_pattern_source()


def test_a_us_number_is_checked_without_importing_libphonenumber() -> None:
    v._nanp_valid.cache_clear()
    v._nanp_regions.cache_clear()
    loaded = "phonenumbers" in sys.modules
    assert v.phone_ok("(212) 555-0142")
    assert not v.phone_ok("(212) 055-0142")
    assert ("phonenumbers" in sys.modules) == loaded


def test_the_regions_alternatives_answer_what_the_whole_pattern_answers() -> None:
    import random

    regions = v._nanp_regions()
    assert len(regions) > 1
    assert "|".join(r.pattern for r in regions) == v._nanp_valid().pattern
    rnd = random.Random(1)
    numbers = [f"{a:03d}{rnd.randint(0, 9999999):07d}" for a in range(200, 1000) for _ in range(6)]
    numbers += [
        f"{a:03d}{e:03d}{rnd.randint(0, 9999):04d}" for a in (212, 284, 340, 416, 664, 876) for e in range(1000)
    ]
    for n in numbers:
        assert v._nanp_ok(n) == (v._nanp_valid().match(n) is not None), n
