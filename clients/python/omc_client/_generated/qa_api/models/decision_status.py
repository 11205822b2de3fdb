from enum import StrEnum

class DecisionStatus(StrEnum):
    IN_FORCE = "in_force"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
