"""Errors particular to registry_api (the shared tree is in shared.errors)."""

from __future__ import annotations

from typing import Any

from shared.errors import BadRequest, Conflict, NotFound, Unauthenticated


class OrganisationNotFound(NotFound):
    slug, title = "organisation-not-found", "Organisation not found"


class ApiClientNotFound(NotFound):
    slug, title = "api-client-not-found", "API client not found"


class SlugTaken(Conflict):
    slug, title = "slug-taken", "That slug is already used"


class OAuthError(BadRequest):
    """RFC 6749 §5.2 token errors as problem+json, keeping the `error` member OAuth clients read."""

    slug, title = "oauth-error", "Token request refused"

    def __init__(self, error: str, description: str, **kwargs: Any) -> None:
        super().__init__(description, extra={"error": error, "error_description": description}, **kwargs)


class InvalidClient(Unauthenticated):
    slug, title = "invalid-client", "Client authentication failed"

    def __init__(self, description: str = "Unknown client, wrong secret or revoked client.") -> None:
        super().__init__(
            description,
            extra={"error": "invalid_client", "error_description": description},
            headers={"WWW-Authenticate": 'Basic realm="omc-registry"'},
        )


class MicroCredentialNotFound(NotFound):
    slug, title = "micro-credential-not-found", "Micro-credential not found"


class CourseCodeTaken(Conflict):
    slug, title = "course-code-taken", "The institution already uses that course code"


class LifecycleConflict(Conflict):
    """The version is not in a state that allows this step (e.g. publishing a draft that needs approval)."""

    slug, title = "lifecycle-conflict", "Not allowed in the version's current state"
