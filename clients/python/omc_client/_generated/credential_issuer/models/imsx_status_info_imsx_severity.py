from enum import StrEnum

class ImsxStatusInfoImsxSeverity(StrEnum):
    ERROR = "error"
    STATUS = "status"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
