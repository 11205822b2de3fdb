from enum import StrEnum

class ConditionUpdateStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"

    def __str__(self) -> str:
        return str(self.value)
