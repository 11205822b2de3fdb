from enum import StrEnum

class SupersessionKind(StrEnum):
    APPEAL = "appeal"
    WITHDRAWAL = "withdrawal"

    def __str__(self) -> str:
        return str(self.value)
