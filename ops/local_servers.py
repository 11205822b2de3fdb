"""Run services on loopback ports inside the current process, each in its own thread and event
loop, so that tests talk real HTTP to real services without the cost of subprocesses."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import uvicorn
from fastapi import FastAPI
from pydantic import SecretStr

from ops.database import ServiceDatabase
from services.credential_issuer.config import IssuerSettings
from services.qa_api.config import QaSettings
from services.registry_api.config import RegistrySettings


@dataclass
class RunningServer:
    name: str
    url: str
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self, *, within_seconds: float = 60) -> None:
        """Ask the server to exit and wait for its thread, up to a bound generous enough for a busy
        machine (the thread finishes its loop's shutdown: cancelled tasks, worker threads)."""
        self.server.should_exit = True
        self.thread.join(timeout=within_seconds)


def bound_socket() -> socket.socket:
    """A listening loopback socket on a free port: its port is known before the app is built."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()
    return f"http://{host}:{port}"


def start_server(name: str, app: FastAPI, sock: socket.socket, *, timeout: float = 30) -> RunningServer:
    # Idle connections kept a minute (uvicorn's default is 5 s): a test that checks a client's
    # connection survives an error answer must not see it closed for being idle on a busy machine.
    config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False, timeout_keep_alive=60)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=name, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"{name} did not start (see the log above)")
        time.sleep(0.02)
    return RunningServer(name=name, url=url_of(sock), server=server, thread=thread)


def restart_server(running: RunningServer, *, timeout: float = 30) -> RunningServer:
    """Start a stopped server again on the same port, with the same app (its lifespan runs anew):
    a service that went down and came back at the same address. The old listening socket was closed
    when it stopped; SO_REUSEADDR lets a new one bind while old connections sit in TIME_WAIT."""
    if running.thread.is_alive():
        raise RuntimeError(f"{running.name} is still running; stop it first")
    host, port = running.url.removeprefix("http://").rsplit(":", 1)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, int(port)))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    app = running.server.config.app
    if not isinstance(app, FastAPI):
        sock.close()
        raise TypeError(f"{running.name} does not run a FastAPI app")
    return start_server(running.name, app, sock, timeout=timeout)


@dataclass
class LocalPlatform:
    """The three services running in this process, with the settings each was built from."""

    registry: RegistrySettings
    qa: QaSettings
    issuer: IssuerSettings
    servers: list[RunningServer]

    def stop(self) -> None:
        for server in reversed(self.servers):
            server.stop()

    def server(self, name: str) -> RunningServer:
        return next(server for server in self.servers if server.name == name)

    def restart(self, name: str) -> RunningServer:
        """Bring back the stopped service ``name`` on its address (see :func:`restart_server`)."""
        index = next(i for i, server in enumerate(self.servers) if server.name == name)
        self.servers[index] = restart_server(self.servers[index])
        return self.servers[index]


def start_platform(
    databases: list[ServiceDatabase],
    *,
    master_key: str,
    qa_overrides: dict[str, Any] | None = None,
    issuer_overrides: dict[str, Any] | None = None,
    **overrides: Any,
) -> LocalPlatform:
    """Start registry_api, qa_api and credential_issuer on free loopback ports, wired to each other.
    ``overrides`` are settings every service shares (page sizes, limits...); ``qa_overrides`` only
    qa_api's (its registry client), ``issuer_overrides`` only credential_issuer's (its SMTP server)."""
    from services.credential_issuer.main import create_app as create_issuer
    from services.qa_api.main import create_app as create_qa
    from services.registry_api.main import create_app as create_registry

    sockets = {name: bound_socket() for name in ("registry_api", "qa_api", "credential_issuer")}
    urls = {name: url_of(sock) for name, sock in sockets.items()}
    database_urls = {database.target.schema: SecretStr(database.url) for database in databases}
    common: dict[str, Any] = {
        "registry_url": urls["registry_api"],
        "qa_url": urls["qa_api"],
        "issuer_url": urls["credential_issuer"],
        **overrides,
    }
    registry = RegistrySettings.model_validate(
        {
            **common,
            "database_url": database_urls["registry"],
            "public_url": urls["registry_api"],
            "master_key": SecretStr(master_key),
        }
    )
    qa = QaSettings.model_validate(
        {**common, "database_url": database_urls["qa"], "public_url": urls["qa_api"], **(qa_overrides or {})}
    )
    issuer = IssuerSettings.model_validate(
        {
            **common,
            "database_url": database_urls["issuer"],
            "public_url": urls["credential_issuer"],
            **(issuer_overrides or {}),
        }
    )
    servers: list[RunningServer] = []
    try:
        servers.append(start_server("registry_api", create_registry(registry), sockets["registry_api"]))
        servers.append(start_server("qa_api", create_qa(qa), sockets["qa_api"]))
        servers.append(start_server("credential_issuer", create_issuer(issuer), sockets["credential_issuer"]))
    except BaseException:
        for server in servers:
            server.stop()
        raise
    return LocalPlatform(registry=registry, qa=qa, issuer=issuer, servers=servers)
