"""Access-token verification and role checks, the same in every service."""
