from enum import StrEnum

class CheckStatus(StrEnum):
    FAILED = "failed"
    NOT_APPLICABLE = "not_applicable"
    PASSED = "passed"

    def __str__(self) -> str:
        return str(self.value)
