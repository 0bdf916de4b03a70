"""The authenticated caller as the domain sees it: tenant, user, roles and MFA time (from verified claims)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from privacykit.errors import Forbidden

__all__ = ["Principal", "MAX_CLOCK_SKEW_SECONDS"]

#: How far a token's clock may run ahead of ours before its login time is not believed.
MAX_CLOCK_SKEW_SECONDS = 60


@dataclass(frozen=True)
class Principal:
    tenant: str
    user_id: str
    roles: frozenset[str] = field(default_factory=frozenset)
    auth_time: datetime | None = None
    amr: tuple[str, ...] = ()

    def has_any_role(self, roles: Iterable[str]) -> bool:
        return not self.roles.isdisjoint(roles)

    def is_subject(self, subject_id: str) -> bool:
        return self.user_id == subject_id

    def mfa_age_seconds(self, now: datetime | None = None) -> float | None:
        """Seconds since an MFA login, or None when the token does not show one.

        A login time in the future (beyond a minute of clock skew) shows no login at all: it must not
        count as the freshest MFA there is."""
        if self.auth_time is None or "mfa" not in self.amr:
            return None
        now = now or datetime.now(UTC)
        age = (now - self.auth_time).total_seconds()
        return None if age < -MAX_CLOCK_SKEW_SECONDS else max(age, 0.0)

    def require_subject_or_role(self, subject_id: str, roles: Iterable[str]) -> None:
        """Allow the subject acting for themselves, or one of ``roles`` of the same tenant. The refusal
        says what would be needed, never whose data it was."""
        needed = sorted(set(roles))
        if self.is_subject(subject_id) or self.has_any_role(needed):
            return
        raise Forbidden(
            "a data subject may act only on their own data; on another subject's data this needs one of "
            f"the roles {', '.join(needed)}",
            details=[{"needed_roles": needed, "subject_may_act_on_own_data": True}],
        )

    def require_role(self, roles: Iterable[str]) -> None:
        """Allow one of ``roles``; the refusal names them."""
        needed = sorted(set(roles))
        if not self.has_any_role(needed):
            raise Forbidden(f"this needs one of the roles {', '.join(needed)}", details=[{"needed_roles": needed}])
