from enum import StrEnum

class PartnershipOutcome(StrEnum):
    APPROVED = "approved"
    NOT_APPROVED = "not_approved"

    def __str__(self) -> str:
        return str(self.value)
