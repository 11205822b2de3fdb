from enum import StrEnum

class CompletionState(StrEnum):
    FAILED = "failed"
    ISSUED = "issued"
    PENDING = "pending"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
