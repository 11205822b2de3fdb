"""Errors particular to qa_api (the shared tree is in shared.errors)."""
