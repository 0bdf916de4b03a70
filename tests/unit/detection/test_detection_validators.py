"""Validators answer both ways: real values pass, look-alikes fail."""

from __future__ import annotations

import pytest

from privacykit.domain.detection import validators as v


@pytest.mark.parametrize(
    "number",
    [
        "4111111111111111",  # Visa
        "4012888888881881",  # Visa
        "5555555555554444",  # Mastercard 51-55
        "2221000000000009",  # Mastercard 2-series
        "378282246310005",  # Amex, 15 digits
        "371449635398431",  # Amex
        "6011111111111117",  # Discover
        "3530111333300000",  # JCB
    ],
)
def test_real_cards_pass(number: str) -> None:
    assert v.card_ok(number)


@pytest.mark.parametrize(
    "number",
    [
        "4111111111111112",  # Luhn fails
        "1234567812345670",  # Luhn ok but no issuer starts with 1
        "3782822463100050",  # Amex prefix with 16 digits
        "5555555555554",  # Mastercard prefix, 13 digits
        "0000000000000000",  # one repeated digit
        "2721000000000007",  # just above the Mastercard 2-series range
    ],
)
def test_card_look_alikes_fail(number: str) -> None:
    assert not v.card_ok(number)


def test_luhn_both_ways() -> None:
    assert v.luhn_ok("79927398713")
    assert not v.luhn_ok("79927398710")


@pytest.mark.parametrize(
    ("area", "group", "serial"), [("123", "45", "6789"), ("665", "01", "0001"), ("899", "99", "9999")]
)
def test_ssn_in_issued_ranges(area: str, group: str, serial: str) -> None:
    assert v.ssn_ok(area, group, serial)


@pytest.mark.parametrize(
    ("area", "group", "serial"),
    [
        ("000", "12", "3456"),
        ("666", "12", "3456"),
        ("900", "12", "3456"),
        ("999", "12", "3456"),
        ("123", "00", "4567"),
        ("123", "45", "0000"),
    ],
)
def test_ssn_outside_issued_ranges(area: str, group: str, serial: str) -> None:
    assert not v.ssn_ok(area, group, serial)


@pytest.mark.parametrize(
    "iban",
    ["DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606", "NL91ABNA0417164300",
     "BE68539007547034", "CH9300762011623852957", "SA0380000000608010167519", "BR1800360305000010009795493C1"],
)  # fmt: skip
def test_ibans_of_many_countries_pass(iban: str) -> None:
    assert v.iban_ok(iban)


@pytest.mark.parametrize(
    "iban",
    ["DE89370400440532013001", "GB83WEST12345698765432", "DE8937040044053201300", "XX89370400440532013000"],
)
def test_bad_ibans_fail(iban: str) -> None:
    assert not v.iban_ok(iban)


def test_ip_addresses() -> None:
    assert v.ipv4_ok("192.168.1.20")
    assert v.ipv4_ok("8.8.8.8")
    assert not v.ipv4_ok("256.1.1.1")
    assert not v.ipv4_ok("127.0.0.1")  # loopback identifies no one
    assert not v.ipv4_ok("0.0.0.0")  # noqa: S104 - an address under test, not a bind
    assert not v.ipv4_ok("255.255.255.0")  # a netmask
    assert v.ipv6_ok("2001:db8::8a2e:370:7334")
    assert not v.ipv6_ok("::1")
    assert not v.ipv6_ok("12:30:45")


def test_phone_numbers() -> None:
    assert v.phone_ok("(212) 555-0142")
    assert v.phone_ok("+44 20 7946 0958")
    assert v.phone_ok("020 7946 0958", "GB")
    assert not v.phone_ok("(123) 456-7890")  # no US area code starts with 1
    assert not v.phone_ok("+1 555 12")


def test_calendar_dates() -> None:
    assert v.calendar_date_ok(2000, 2, 29)
    assert not v.calendar_date_ok(1900, 2, 29)
    assert not v.calendar_date_ok(1985, 13, 1)
    assert not v.calendar_date_ok(1985, 4, 31)


def test_the_north_american_fast_path_answers_as_libphonenumber_does() -> None:
    import random

    import phonenumbers as pn

    from privacykit.domain.detection import validators as v

    def parsed(text: str) -> bool:
        try:
            num = pn.parse(text, "US")
        except pn.NumberParseException:
            return False
        return bool(pn.is_valid_number(num))

    rnd = random.Random(5)
    forms = ["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "+1 {a} {b} {c}", "1-{a}-{b}-{c}"]
    for _ in range(3000):
        t = rnd.choice(forms).format(a=rnd.randint(100, 999), b=rnd.randint(100, 999), c=f"{rnd.randint(0, 9999):04d}")
        assert v.phone_ok(t) == parsed(t), t


def test_the_international_length_shortcut_answers_as_libphonenumber_does() -> None:
    import random

    import phonenumbers as pn

    from privacykit.domain.detection import validators as v

    def parsed(text: str) -> bool:
        try:
            return bool(pn.is_valid_number(pn.parse(text, "US")))
        except pn.NumberParseException:
            return False

    rnd = random.Random(2)
    for i in range(4000):
        if i % 2:
            t = f"+{rnd.randint(1, 999)} {rnd.randint(0, 999)} {rnd.randint(0, 99999)}"
        else:
            t = f"+{rnd.randint(1, 99)} {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}"
        assert v.phone_ok(t) == parsed(t), t
    assert v.phone_ok("+261 295 5740")  # Madagascar's transform rule lengthens a local number


def test_past_the_parse_budget_a_number_is_judged_by_the_lengths_its_plan_allows() -> None:
    unknown_uk = "+44 0000 000001"  # a UK length, in no range libphonenumber knows; never parsed before here
    with v.phone_parse_budget(0):
        assert v.phone_ok(unknown_uk)  # the length is one the UK plan allows
        assert not v.phone_ok("+44 12 34")  # too short for it
        assert not v.phone_ok("+999 1234 5678")  # no such country
        assert v.phone_possible("+44 0000 000002")
    assert not v.phone_ok(unknown_uk)  # the budget ends with the block


def test_an_answer_from_past_the_budget_does_not_outlive_its_window() -> None:
    """The length check's answer once stayed in phone_ok's cache: after one window ran out of parses, every
    later document took such a number as valid. Only parsed answers are remembered."""
    unknown_fr = "+33 0 00 00 00 00"
    with v.phone_parse_budget(0):
        assert v.phone_ok(unknown_fr)  # ten digits: a length the French plan allows
    assert not v.phone_ok(unknown_fr)
    with v.phone_parse_budget(0):
        assert not v.phone_ok(unknown_fr)  # a parsed answer, once known, holds past the budget too


def test_a_labelled_phone_needs_seven_to_fifteen_digits_and_is_no_date() -> None:
    assert v.labelled_phone_ok("0803 123 4567")
    assert v.labelled_phone_ok("+91 98765 43210")
    assert not v.labelled_phone_ok("2024-01-05")
    assert not v.labelled_phone_ok("05/01/2024 10:30")
    assert not v.labelled_phone_ok("000 000 0000")
    assert not v.labelled_phone_ok("12345")
