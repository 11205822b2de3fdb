"""Errors particular to credential_issuer (the shared tree is in shared.errors)."""
