"""Levels from findings (default and configured policy) and masking styles."""

from __future__ import annotations

import pytest

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.common.entity_types import Level
from privacykit.domain.detection import Entity, LevelPolicy, MaskStyle, classify_level, detect, mask


def ent(t: T, score: float = 0.9) -> Entity:
    return Entity(0, 1, t, score)


@pytest.mark.parametrize(
    "t",
    [T.US_SSN, T.CREDIT_CARD, T.IBAN, T.MEDICAL_RECORD_NUMBER, T.DATE_OF_BIRTH, T.DIAGNOSIS, T.MEDICATION,
     T.US_PASSPORT, T.DRIVER_LICENSE],
)  # fmt: skip
def test_restricted_types(t: T) -> None:
    assert classify_level([ent(T.EMAIL), ent(t)]) is Level.RESTRICTED


@pytest.mark.parametrize("t", [T.EMAIL, T.PHONE, T.IP_ADDRESS, T.ADDRESS])
def test_confidential_types(t: T) -> None:
    assert classify_level([ent(T.PERSON), ent(t)]) is Level.CONFIDENTIAL


def test_person_alone_is_internal_and_public_needs_declaration() -> None:
    assert classify_level([ent(T.PERSON)]) is Level.INTERNAL
    assert classify_level([]) is Level.INTERNAL
    assert classify_level([], declared_public=True) is Level.PUBLIC
    assert classify_level([ent(T.EMAIL)], declared_public=True) is Level.CONFIDENTIAL


def test_policy_from_dict_and_object() -> None:
    policy = {"levels": {"PERSON": "CONFIDENTIAL", "IP_ADDRESS": "INTERNAL"}, "min_score": 0.5}
    assert classify_level([ent(T.PERSON)], policy=policy) is Level.CONFIDENTIAL
    assert classify_level([ent(T.IP_ADDRESS)], policy=policy) is Level.INTERNAL
    assert classify_level([ent(T.US_SSN, score=0.2)], policy=policy) is Level.INTERNAL
    strict = LevelPolicy.from_dict({"baseline": "CONFIDENTIAL"})
    assert classify_level([], policy=strict) is Level.CONFIDENTIAL
    with pytest.raises(ValueError, match="unknown entity type"):
        LevelPolicy.from_dict({"levels": {"SHOE_SIZE": "RESTRICTED"}})
    with pytest.raises(ValueError, match="unknown level"):
        LevelPolicy.from_dict({"levels": {"EMAIL": "SECRET"}})


def test_detected_documents_classify() -> None:
    assert classify_level(detect("SSN 123-45-6789")) is Level.RESTRICTED
    assert classify_level(detect("write to ana@example.com")) is Level.CONFIDENTIAL
    assert classify_level(detect("The build passed.")) is Level.INTERNAL


TEXT = "SSN 123-45-6789, card 4111 1111 1111 1111, mail jane.doe@example.com, call (212) 555-0142."


def test_redact() -> None:
    out = mask(TEXT, detect(TEXT), "redact")
    assert out == ("SSN [REDACTED:US_SSN], card [REDACTED:CREDIT_CARD], mail [REDACTED:EMAIL], call [REDACTED:PHONE].")


def test_partial() -> None:
    out = mask(TEXT, detect(TEXT), MaskStyle.PARTIAL)
    assert "***-**-6789" in out
    assert "**** **** **** 1111" in out
    assert "***@example.com" in out
    assert "(***) ***-0142" in out
    assert "123-45" not in out and "jane.doe" not in out


def test_token_is_keyed_and_stable() -> None:
    ents = detect(TEXT)
    a1 = mask(TEXT, ents, "token", key=b"k1")
    a2 = mask(TEXT, ents, "token", key=b"k1")
    b = mask(TEXT, ents, "token", key=b"k2")
    assert a1 == a2 and a1 != b
    assert a1.count("tok_") == 4 and "6789" not in a1
    # Separators do not change the token, so the same card joins across records.
    other = "card 4111-1111-1111-1111"
    assert mask(other, detect(other), "token", key=b"k1").split()[-1] in a1
    with pytest.raises(ValueError, match="key"):
        mask(TEXT, ents, "token")
