"""`omc run` (what `make run` runs) as a real process: however it is stopped (a signal to its process
group, or its supervisor killed alone by SIGKILL), every service stops with it, and the next run
starts cleanly on the same ports. Against the test server (DATABASE_URL), on free loopback ports."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil  # type: ignore[import-untyped]
import pytest

from ops.local_servers import bound_socket
from shared.db.migrations import PROJECT_ROOT
from tests.support.database import drop_databases

WAIT_SECONDS = (
    420  # a bound for a broken build on a busy machine (the supervisor waits 300 s for /ready), not a timing
)


@pytest.fixture
def run_environment(admin_url: str, database_name: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    ports = []
    for _ in range(4):
        sock = bound_socket()
        ports.append(sock.getsockname()[1])
        sock.close()
    name = f"{database_name}_omc_run"
    yield {
        **os.environ,
        "DATABASE_URL": admin_url,
        "OMC_DATABASE_NAME": name,
        "OMC_DATA_DIR": str(tmp_path),
        "OMC_REGISTRY_PORT": str(ports[0]),
        "OMC_QA_PORT": str(ports[1]),
        "OMC_ISSUER_PORT": str(ports[2]),
        "OMC_MAIL_PORT": str(ports[3]),  # the local SMTP server for learners' codes
        "REGISTRY_LOG_LEVEL": "WARNING",
        "QA_LOG_LEVEL": "WARNING",
        "ISSUER_LOG_LEVEL": "WARNING",
        # Few connections: the test server is shared with every other test run.
        **{f"{prefix}_DATABASE_POOL_SIZE": "2" for prefix in ("REGISTRY", "QA", "ISSUER")},
        **{f"{prefix}_DATABASE_POOL_OVERFLOW": "2" for prefix in ("REGISTRY", "QA", "ISSUER")},
    }
    drop_databases(admin_url, prefix=name)


def _start(environment: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """`omc run` in a process group of its own (as a shell runs `make run`), once it says it runs."""
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "ops.cli", "run"],
            cwd=PROJECT_ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    deadline = time.monotonic() + WAIT_SECONDS
    while b"OMC platform is running" not in log.read_bytes():
        assert process.poll() is None, log.read_text()
        assert time.monotonic() < deadline, log.read_text()
        time.sleep(0.2)
    return process


def _services_of(process: subprocess.Popen[bytes]) -> list[psutil.Process]:
    services: list[psutil.Process] = psutil.Process(process.pid).children(recursive=True)
    assert len([child for child in services if "uvicorn" in " ".join(child.cmdline())]) == 3
    return services


def _all_gone(processes: list[psutil.Process]) -> None:
    _, alive = psutil.wait_procs(processes, timeout=WAIT_SECONDS)
    assert not alive, [(child.pid, child.cmdline()) for child in alive]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_a_signal_to_the_process_group_stops_every_service(
    run_environment: dict[str, str], tmp_path: Path, signum: int
) -> None:
    process = _start(run_environment, tmp_path / "run.log")
    services = _services_of(process)
    os.killpg(process.pid, signum)
    process.wait(timeout=WAIT_SECONDS)
    _all_gone(services)


def test_a_supervisor_killed_alone_takes_its_services_with_it_and_the_next_run_starts(
    run_environment: dict[str, str], tmp_path: Path
) -> None:
    process = _start(run_environment, tmp_path / "first.log")
    services = _services_of(process)
    process.kill()  # SIGKILL to the supervisor only: no handler runs
    process.wait(timeout=WAIT_SECONDS)
    _all_gone(services)

    again = _start(run_environment, tmp_path / "second.log")  # same ports, same database
    try:
        _services_of(again)
    finally:
        os.killpg(again.pid, signal.SIGTERM)
        again.wait(timeout=WAIT_SECONDS)


EMBEDDED_HOLDER = """
import pathlib, sys, time
from ops.database import embedded_server
with embedded_server(pathlib.Path(sys.argv[1])) as url:
    print(url, flush=True)
    time.sleep(3600)
"""


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_the_embedded_database_stops_when_the_process_that_started_it_dies(signum: int) -> None:
    """The embedded PostgreSQL is a daemon (its own session): only ops.database_guard, bound to the
    life of the process that started it, stops it when that process is killed (SIGKILL: no handler
    of the process runs; SIGTERM to its process group: the guard, in a session of its own, survives
    it long enough to stop the server). No server is left behind for the next `make run`."""
    # Not under tmp_path (/tmp/pytest-of-<user> is mode 0700) nor the checkout (its parents may be
    # 0700 too): as root, the server runs as its own unprivileged user, which must reach its data.
    data_dir = Path(tempfile.mkdtemp(prefix="omc-guard-"))
    data_dir.chmod(0o755)
    with subprocess.Popen(  # noqa: S603 (our own interpreter and script)
        [sys.executable, "-c", EMBEDDED_HOLDER, str(data_dir)],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        start_new_session=True,
    ) as holder:
        try:
            assert holder.stdout is not None
            url = holder.stdout.readline().decode()  # returns at once with b"" if the holder exits
            assert url.startswith("postgresql://"), url
            postmaster_pid = int((data_dir / "pgdata" / "postmaster.pid").read_text().split()[0])
            server = psutil.Process(postmaster_pid)
            assert "postgres" in server.name(), server.cmdline()

            os.killpg(holder.pid, signum)
            holder.wait(timeout=WAIT_SECONDS)
            _all_gone([server])
            assert not (data_dir / "pgdata" / "postmaster.pid").exists()
        finally:
            if holder.poll() is None:
                os.killpg(holder.pid, signal.SIGKILL)
                holder.wait(timeout=WAIT_SECONDS)
            shutil.rmtree(data_dir, ignore_errors=True)
