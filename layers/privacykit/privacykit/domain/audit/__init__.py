"""The audit trail: the hash chain (pure functions), its ports, and the writer, digester and verifier."""
