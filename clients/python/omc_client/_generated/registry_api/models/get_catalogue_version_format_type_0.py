from enum import StrEnum

class GetCatalogueVersionFormatType0(StrEnum):
    CTDL = "ctdl"
    JSON = "json"
    JSONLD = "jsonld"

    def __str__(self) -> str:
        return str(self.value)
