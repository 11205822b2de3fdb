from enum import StrEnum

class ConditionStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
