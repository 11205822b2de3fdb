from enum import StrEnum

class SortOrder(StrEnum):
    HOURS = "hours"
    PUBLISHED = "published"
    RELEVANCE = "relevance"
    TITLE = "title"
    VALUE_2 = "-title"
    VALUE_4 = "-hours"
    VALUE_6 = "-published"

    def __str__(self) -> str:
        return str(self.value)
