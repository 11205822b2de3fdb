"""`omc-client`: the integrators' command line (the operators' tool with database access is `omc`)."""

from omc_client.cli.app import app, main

__all__ = ["app", "main"]
