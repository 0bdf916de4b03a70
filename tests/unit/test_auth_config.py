"""Claims -> principal, and the settings that fail fast."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from privacykit.auth import principal_from_claims
from privacykit.config import Settings
from privacykit.errors import ConfigurationError, Forbidden, Unauthenticated


def test_groups_arrive_flattened_or_as_a_list() -> None:
    flat = principal_from_claims({"sub": "u-1", "custom:tenant": "acme", "cognito:groups": "[privacy_officer service]"})
    listed = principal_from_claims({"sub": "u-1", "custom:tenant": "acme", "cognito:groups": ["privacy_officer"]})
    assert flat.roles == frozenset({"privacy_officer", "service"})
    assert listed.roles == frozenset({"privacy_officer"})


@pytest.mark.parametrize(
    "claims",
    [None, {}, {"sub": "u-1"}, {"custom:tenant": "acme"}, {"sub": "u 1", "custom:tenant": "acme"},
     {"sub": "u-1", "custom:tenant": "../etc"}],
)  # fmt: skip
def test_claims_without_tenant_or_user_are_not_a_principal(claims: dict[str, str] | None) -> None:
    with pytest.raises(Unauthenticated):
        principal_from_claims(claims)


def test_mfa_age_needs_an_mfa_login() -> None:
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    auth_time = str(int(now.timestamp()) - 120)
    with_mfa = principal_from_claims({"sub": "u", "custom:tenant": "t", "auth_time": auth_time, "amr": "[pwd mfa]"})
    without = principal_from_claims({"sub": "u", "custom:tenant": "t", "auth_time": auth_time, "amr": "[pwd]"})
    assert with_mfa.mfa_age_seconds(now) == 120
    assert without.mfa_age_seconds(now) is None


def test_subject_or_role_rule() -> None:
    subject = principal_from_claims({"sub": "cust-1", "custom:tenant": "acme"})
    subject.require_subject_or_role("cust-1", ["privacy_officer"])
    with pytest.raises(Forbidden):
        subject.require_subject_or_role("cust-2", ["privacy_officer"])


def test_settings_name_the_missing_variable() -> None:
    settings = Settings.from_env({})
    with pytest.raises(ConfigurationError, match="CONSENT_TABLE"):
        settings.require("consent_table")


def test_settings_reject_bad_values_with_a_clear_message() -> None:
    with pytest.raises(ConfigurationError, match="max_body_bytes"):
        Settings.from_env({"MAX_BODY_BYTES": "-1"})
    with pytest.raises(ConfigurationError, match="PURPOSE_CATALOGUE"):
        Settings.from_env({"PURPOSE_CATALOGUE": "{not json"})


def test_tenant_purpose_catalogue_replaces_the_default() -> None:
    settings = Settings.from_env({"PURPOSE_CATALOGUE": '{"loyalty": "consent"}', "CONSENT_TABLE": "t"})
    assert settings.purposes == {"loyalty": "consent"}
    assert settings.require("consent_table") == "t"


@pytest.mark.parametrize("tenant", ["acme\n", "acme\r\n"])
def test_an_identifier_with_a_trailing_newline_is_not_a_tenant(tenant: str) -> None:
    # `$` matches before a final newline: identifiers are matched whole.
    with pytest.raises(Unauthenticated):
        principal_from_claims({"sub": "u-1", "custom:tenant": tenant})


def test_a_group_name_with_a_comma_is_one_group() -> None:
    # Cognito group names cannot hold spaces but can hold commas; API Gateway flattens lists as "[a b]".
    for groups in ("[viewer,privacy_officer]", ["viewer,privacy_officer"], "viewer,privacy_officer"):
        principal = principal_from_claims({"sub": "u-1", "custom:tenant": "acme", "cognito:groups": groups})
        assert "privacy_officer" not in principal.roles


def test_an_mfa_login_in_the_future_is_not_fresh() -> None:
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    claims = {"sub": "u", "custom:tenant": "t", "auth_time": str(int(now.timestamp()) + 3600), "amr": "[pwd mfa]"}
    assert principal_from_claims(claims).mfa_age_seconds(now) is None


@pytest.mark.parametrize("auth_time", [str(-(2**63)), str(2**63), "1e400", "nan", "-inf"])
def test_an_auth_time_out_of_range_is_no_mfa_login(auth_time: str) -> None:
    principal = principal_from_claims({"sub": "u", "custom:tenant": "t", "auth_time": auth_time, "amr": "[mfa]"})
    assert principal.mfa_age_seconds(datetime(2026, 11, 23, tzinfo=UTC)) is None
