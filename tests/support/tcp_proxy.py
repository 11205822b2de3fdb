"""A TCP proxy in front of PostgreSQL that a test can cut and restore: the database becomes really
unreachable for the services pointed at it (connections reset, new ones refused) while the shared
server keeps running for every other test. It runs on its own thread and event loop, because the
services (each on its own thread) and the test talk through it at once."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from typing import Any

from sqlalchemy.engine import make_url


class TcpProxy:
    """Forwards ``127.0.0.1:<port>`` to ``target``; :meth:`cut` closes every connection and stops
    listening (new ones are refused); :meth:`stall` closes every connection and accepts new ones
    without ever answering (a server that hangs, or packets dropped); :meth:`restore` forwards again
    on the same port."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="tcp-proxy", daemon=True)
        self._thread.start()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._stalled = False
        self._unstalled: asyncio.Event | None = None
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port: int = probe.getsockname()[1]
        self.restore()

    def _run(self, coroutine: Any) -> Any:
        future: Future[Any] = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        return future.result(timeout=30)

    def restore(self) -> None:
        """Listen and forward again (idempotent)."""
        self._run(self._listen())

    def stall(self) -> None:
        """Close every open connection; accept new ones but never answer them (until restored)."""
        self._run(self._stall())

    def cut(self) -> None:
        """Stop listening and reset every open connection (idempotent)."""
        self._run(self._cut())

    def close(self) -> None:
        self.cut()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def url_for(self, database_url: str) -> str:
        """``database_url`` with its host and port replaced by the proxy's."""
        return (
            make_url(database_url).set(host="127.0.0.1", port=self.port).render_as_string(hide_password=False)
        )

    async def _listen(self) -> None:
        self._stalled = False
        if self._unstalled is not None:
            self._unstalled.set()
        if self._server is None:
            self._server = await asyncio.start_server(
                self._forward_connection, "127.0.0.1", self.port, reuse_address=True
            )

    async def _cut(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            _reset(writer)
        self._writers.clear()

    async def _stall(self) -> None:
        await self._listen()
        self._stalled = True
        self._unstalled = asyncio.Event()
        for writer in list(self._writers):
            _reset(writer)
        self._writers.clear()

    async def _forward_connection(
        self, client_reader: asyncio.StreamReader, client: asyncio.StreamWriter
    ) -> None:
        if self._stalled and self._unstalled is not None:
            await self._unstalled.wait()
            _reset(client)
            return
        try:
            server_reader, server = await asyncio.open_connection(*self._target)
        except OSError:
            _reset(client)
            return
        self._writers.update((client, server))
        try:
            await asyncio.gather(_pipe(client_reader, server), _pipe(server_reader, client))
        finally:
            for writer in (client, server):
                self._writers.discard(writer)
                _reset(writer)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError, asyncio.IncompleteReadError):
        while data := await reader.read(65_536):
            writer.write(data)
            await writer.drain()
    with contextlib.suppress(OSError):
        writer.close()


def _reset(writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError):
        writer.close()


@contextlib.contextmanager
def proxy_to(database_url: str) -> Iterator[TcpProxy]:
    """A proxy to the server of ``database_url`` for as long as the block runs."""
    url = make_url(database_url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    try:
        yield proxy
    finally:
        proxy.close()
