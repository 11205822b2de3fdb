from enum import StrEnum

class AssessmentType(StrEnum):
    ASSIGNMENT = "assignment"
    EXAM = "exam"
    OTHER = "other"
    PORTFOLIO = "portfolio"
    PRACTICAL_DEMONSTRATION = "practical_demonstration"
    PRESENTATION = "presentation"
    PROJECT = "project"
    QUIZ = "quiz"
    WORKPLACE_OBSERVATION = "workplace_observation"

    def __str__(self) -> str:
        return str(self.value)
