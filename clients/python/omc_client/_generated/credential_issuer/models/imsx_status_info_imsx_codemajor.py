from enum import StrEnum

class ImsxStatusInfoImsxCodemajor(StrEnum):
    FAILURE = "failure"
    PROCESSING = "processing"
    SUCCESS = "success"
    UNSUPPORTED = "unsupported"

    def __str__(self) -> str:
        return str(self.value)
