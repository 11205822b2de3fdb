from enum import StrEnum

class LearningFormat(StrEnum):
    COHORT = "cohort"
    COMPETENCY_BASED = "competency_based"
    LEARNER_PACED = "learner_paced"

    def __str__(self) -> str:
        return str(self.value)
