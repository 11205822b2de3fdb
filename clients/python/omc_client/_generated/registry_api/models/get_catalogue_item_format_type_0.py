from enum import StrEnum

class GetCatalogueItemFormatType0(StrEnum):
    JSON = "json"
    JSONLD = "jsonld"

    def __str__(self) -> str:
        return str(self.value)
