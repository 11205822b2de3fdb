from enum import StrEnum

class MinistryDecision(StrEnum):
    DESIGNATED = "designated"
    LAPSED = "lapsed"
    REFUSED = "refused"
    REVOKED = "revoked"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
