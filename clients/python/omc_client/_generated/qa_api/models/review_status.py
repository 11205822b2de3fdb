from enum import StrEnum

class ReviewStatus(StrEnum):
    DECIDED = "decided"
    DESK_REVIEW = "desk_review"
    PANEL_REPORT = "panel_report"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
