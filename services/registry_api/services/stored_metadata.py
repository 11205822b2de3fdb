"""Validated metadata of catalogue rows, memoised by its stored JSON text.

Metadata is validated field by field when it is written; reading it back re-validates it into the
model (so the API never serves what today's schema would refuse), which was a third of a search
page's CPU. The same text always validates to the same model, so a bounded LRU keyed by the text
itself serves repeat reads without trusting anything about the rows: an edited version has other
text and misses. ~11 KB per entry (key and model); models handed out are shared, never mutated.
"""

from __future__ import annotations

from functools import lru_cache

from shared.schemas.micro_credentials import MicroCredentialMetadata


class StoredMetadata:
    def __init__(self, max_entries: int) -> None:
        self._validate = (
            lru_cache(maxsize=max_entries)(MicroCredentialMetadata.model_validate_json)
            if max_entries > 0
            else MicroCredentialMetadata.model_validate_json
        )

    def parse(self, metadata_json: str) -> MicroCredentialMetadata:
        return self._validate(metadata_json)
