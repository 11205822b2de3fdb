"""Telling an outage from a fault: the errors that mean a dependency (the service's database, another
service) is unavailable for now. A request meeting one answers 503 + Retry-After (shared.web.problems);
a background loop meeting one logs one line and tries again (shared.periodic), without the traceback
a fault deserves (rendering one per loop turn during an outage costs more than the loop)."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from shared.clients.base import ServiceUnreachable
from shared.errors import DatabaseUnavailable, DomainError, UpstreamUnavailable


def outage_of(exc: BaseException) -> DomainError | None:
    """The 503 to answer when ``exc`` says a dependency is unavailable, else None.

    A connection found dead (the database restarted, the connection was cut) is a DBAPIError with
    ``connection_invalidated``: the engine has already discarded the pool's stale connections, so the
    retry gets a fresh one (the engine does not ping before each checkout and relies on this). A
    connection that cannot be opened is DatabaseUnreachable (shared.db.engine), a DomainError already.
    No pooled connection free in time is SQLAlchemy's TimeoutError. A server-side error of the
    connection classes (SQLSTATE 08, 57P01-57P03 shutdown, 53300 too many connections) is one too.
    Another service that does not answer at all is ServiceUnreachable."""
    if isinstance(exc, UpstreamUnavailable):
        return exc
    if isinstance(exc, BaseExceptionGroup):
        outages = [outage_of(inner) for inner in exc.exceptions]
        return outages[0] if all(outages) else None
    if isinstance(exc, DBAPIError):
        sqlstate = str(getattr(exc.orig, "sqlstate", None) or "")
        if exc.connection_invalidated or sqlstate.startswith("08") or sqlstate in _OUTAGE_SQLSTATES:
            return DatabaseUnavailable("The connection to the database was lost; retry.")
        return None
    if isinstance(exc, PoolTimeout):
        return DatabaseUnavailable("No database connection was free in time; retry.")
    if isinstance(exc, ServiceUnreachable):
        return UpstreamUnavailable(f"{exc.service} did not answer; retry.")
    return None


_OUTAGE_SQLSTATES = frozenset({"57P01", "57P02", "57P03", "53300"})
