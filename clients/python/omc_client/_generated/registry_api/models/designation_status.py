from enum import StrEnum

class DesignationStatus(StrEnum):
    DESIGNATED = "designated"
    LAPSED = "lapsed"
    REVOKED = "revoked"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
