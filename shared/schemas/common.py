"""Small types reused across areas."""

from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

Slug = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=2, max_length=64, pattern=r"^[a-z0-9][a-z0-9-]*[a-z0-9]$"
    ),
]
"""Lower-case letters, digits and hyphens: a stable short name such as `ocqas` or `george-brown`."""

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
