"""omc-client: a typed Python client and command line for the OMC platform's integrators."""

from omc_client.client import AsyncOmcClient, BatchTimeout, Endpoints, OmcClient
from omc_client.errors import OmcError, ProblemError, TransportError
from omc_client.retries import RetryPolicy

__all__ = [
    "AsyncOmcClient",
    "BatchTimeout",
    "Endpoints",
    "OmcClient",
    "OmcError",
    "ProblemError",
    "RetryPolicy",
    "TransportError",
]
