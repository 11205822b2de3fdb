from enum import StrEnum

class DeliveryMode(StrEnum):
    HYBRID = "hybrid"
    IN_PERSON = "in_person"
    ONLINE_ASYNCHRONOUS = "online_asynchronous"
    ONLINE_SYNCHRONOUS = "online_synchronous"

    def __str__(self) -> str:
        return str(self.value)
