from enum import StrEnum

class Cycle(StrEnum):
    FOCUSED = "focused"
    FOLLOW_UP = "follow-up"
    INITIAL = "initial"
    RENEWAL = "renewal"

    def __str__(self) -> str:
        return str(self.value)
