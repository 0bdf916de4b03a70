"""Consent: grants and withdrawals as an append-only event log, signed receipts, ``has_consent``."""
