from enum import StrEnum

class CreditBasis(StrEnum):
    AGREEMENT = "agreement"
    PRECEDENT = "precedent"

    def __str__(self) -> str:
        return str(self.value)
