from enum import StrEnum

class ConflictOfInterestStatus(StrEnum):
    DECLARED = "declared"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
