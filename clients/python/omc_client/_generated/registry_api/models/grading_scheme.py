from enum import StrEnum

class GradingScheme(StrEnum):
    COMPETENCY_LEVELS = "competency_levels"
    LETTER = "letter"
    PASS_FAIL = "pass_fail"
    PERCENTAGE = "percentage"

    def __str__(self) -> str:
        return str(self.value)
