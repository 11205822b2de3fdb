from enum import StrEnum

class VersionStatus(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"
    PUBLISHED = "published"
    RETIRED = "retired"
    SUBMITTED = "submitted"
    SUPERSEDED = "superseded"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
