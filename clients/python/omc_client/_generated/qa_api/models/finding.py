from enum import StrEnum

class Finding(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    PARTIALLY_MET = "partially_met"

    def __str__(self) -> str:
        return str(self.value)
