"""Run the three services as child processes, wait until each answers /ready, stop them together.

Children die with the supervisor, whatever kills it:
- they stay in the supervisor's process group, so a signal to the group (Ctrl-C in the terminal,
  `kill -TERM -<pgid>`, a process manager stopping the unit) reaches every service at once;
- each asks the kernel for SIGTERM when its parent dies (Linux ``prctl(PR_SET_PDEATHSIG)``, set
  between fork and exec), so a supervisor killed alone, even by SIGKILL, takes them with it. A child
  whose parent died before the request was made exits at once.
The embedded PostgreSQL (started daemonised by pg_ctl) is stopped the same way by a guard process
(ops.database_guard)."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from ops.database import ServiceDatabase


@dataclass(frozen=True)
class ServiceProcess:
    name: str
    module: str
    env_prefix: str
    port: int


def service_processes(registry_port: int, qa_port: int, issuer_port: int) -> list[ServiceProcess]:
    return [
        ServiceProcess("registry_api", "services.registry_api.main", "REGISTRY", registry_port),
        ServiceProcess("qa_api", "services.qa_api.main", "QA", qa_port),
        ServiceProcess("credential_issuer", "services.credential_issuer.main", "ISSUER", issuer_port),
    ]


def service_environment(
    processes: list[ServiceProcess], databases: list[ServiceDatabase], host: str
) -> dict[str, str]:
    """The variables every service reads: its own database URL and public URL, and where the others are."""
    urls = {process.env_prefix: f"http://{host}:{process.port}" for process in processes}
    environment = {database.env_variable: database.url for database in databases}
    for process in processes:
        prefix = process.env_prefix
        environment[f"{prefix}_PUBLIC_URL"] = urls[prefix]
        environment[f"{prefix}_REGISTRY_URL"] = urls["REGISTRY"]
        environment[f"{prefix}_QA_URL"] = urls["QA"]
        environment[f"{prefix}_ISSUER_URL"] = urls["ISSUER"]
    return environment


Child = tuple[ServiceProcess, "subprocess.Popen[bytes]"]
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int, signum: int = signal.SIGTERM) -> Callable[[], None]:
    """A ``preexec_fn``: the child gets ``signum`` when its parent dies (Linux; elsewhere only the
    process group holds them together)."""

    # Loaded before the fork: the child runs only the prctl call and getppid (no import, no lock).
    prctl = ctypes.CDLL(None, use_errno=True).prctl if sys.platform.startswith("linux") else None

    def request_signal() -> None:
        if prctl is not None:
            prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0)
        if os.getppid() != parent_pid:  # the parent died before the request took effect
            os._exit(1)

    return request_signal


def start_children(processes: list[ServiceProcess], environment: dict[str, str], host: str) -> list[Child]:
    """Start each service as a uvicorn process in our process group, dying with us."""
    env = {**os.environ, **environment}
    preexec = die_with_parent(os.getpid())
    children: list[Child] = []
    for process in processes:
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            f"{process.module}:app_from_environment",
            "--host",
            host,
            "--port",
            str(process.port),
        ]
        children.append((process, subprocess.Popen(command, env=env, preexec_fn=preexec)))  # noqa: S603, PLW1509 (see die_with_parent)
    return children


def stop_children(children: list[Child]) -> None:
    """SIGTERM all (uvicorn finishes in-flight requests and runs the lifespan's shutdown), then wait."""
    for _, child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    for _, child in children:
        try:
            child.wait(timeout=15)
        except subprocess.TimeoutExpired:
            child.kill()


def run_services(processes: list[ServiceProcess], environment: dict[str, str], host: str) -> int:
    """Start the services, print where they are, and block until Ctrl-C or a service dies."""
    interrupted = False

    def on_signal(signum: int, _: object) -> None:
        nonlocal interrupted
        interrupted = True

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    children: list[Child] = []
    try:
        children = start_children(processes, environment, host)
        if not wait_until_ready(children, host, lambda: interrupted):
            return 1
        _print_urls(processes, host)
        while not interrupted:
            for process, child in children:
                if child.poll() is not None:
                    print(f"{process.name} exited with code {child.returncode}; stopping.", file=sys.stderr)
                    return 1
            time.sleep(0.5)
        print("\nStopping the platform...", file=sys.stderr)
        return 0
    finally:
        stop_children(children)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def wait_until_ready(
    children: list[Child],
    host: str,
    interrupted: Callable[[], bool] = lambda: False,
    timeout: float = 300,
) -> bool:
    deadline = time.monotonic() + timeout
    pending = {process.name: process for process, _ in children}
    with httpx.Client(timeout=2) as client:
        while pending and time.monotonic() < deadline:
            if interrupted():
                return False
            for process, child in children:
                if child.poll() is not None:
                    print(f"{process.name} failed to start (exit code {child.returncode}).", file=sys.stderr)
                    return False
            for name, process in list(pending.items()):
                try:
                    if client.get(f"http://{host}:{process.port}/ready").status_code == 200:
                        del pending[name]
                except httpx.TransportError:
                    pass
            time.sleep(0.3)
    if pending:
        print(f"Not ready after {timeout:.0f}s: {', '.join(pending)}", file=sys.stderr)
        return False
    return True


def _print_urls(processes: list[ServiceProcess], host: str) -> None:
    lines = ["", "OMC platform is running (Ctrl-C stops everything):"]
    for process in processes:
        base = f"http://{host}:{process.port}"
        lines.append(f"  {process.name:<18} {base}   docs: {base}/docs   ready: {base}/ready")
    print("\n".join(lines), flush=True)
