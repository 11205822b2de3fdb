from enum import StrEnum

class Outcome(StrEnum):
    DEFERRED = "deferred"
    ENDORSED = "endorsed"
    ENDORSED_WITH_CONDITIONS = "endorsed_with_conditions"
    NOT_ENDORSED = "not_endorsed"

    def __str__(self) -> str:
        return str(self.value)
