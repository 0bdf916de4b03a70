"""privacykit: the shared layer of the serverless privacy & compliance bundle.

Domain logic lives in :mod:`privacykit.domain` (no boto3, no Lambda events), AWS access in
:mod:`privacykit.adapters`, the HTTP plumbing in :mod:`privacykit.http`; the cross-cutting pieces
(config, errors, auth, crypto, audit) have one module each.
"""

__version__ = "0.1.0"
