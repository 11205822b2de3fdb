"""The sandbox loader (`make demo`, `ops/demo.py`) as tests run it: a child process against the test
platform, given the platform's URLs and the admin client the operator command made, exactly as a
newcomer's shell would; its `export` lines parsed back into an environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from shared.db.migrations import PROJECT_ROOT
from tests.support.platform import Platform


def loader_environment(platform: Platform) -> dict[str, str]:
    return {
        **os.environ,
        "OMC_REGISTRY_URL": platform.registry.public_url,
        "OMC_QA_URL": platform.qa.public_url,
        "OMC_ISSUER_URL": platform.issuer.public_url,
        "OMC_ADMIN_CLIENT_ID": platform.admin.client_id,
        "OMC_ADMIN_CLIENT_SECRET": platform.admin.client_secret,
    }


def run_loader(
    platform: Platform, state: Path, timeout_seconds: float = 600.0
) -> subprocess.CompletedProcess[str]:
    """`python -m ops.demo` once (the bound is for a stuck platform, not a timing)."""
    return subprocess.run(  # noqa: S603 (our own module)
        [sys.executable, "-m", "ops.demo", "--state", str(state), "--admin-file", str(state.parent / "none")],
        cwd=PROJECT_ROOT,
        env=loader_environment(platform),
        capture_output=True,
        text=True,
        timeout=timeout_seconds,
        check=False,
    )


def exported(stdout: str) -> dict[str, str]:
    """NAME=value of every `export` line the loader printed."""
    variables: dict[str, str] = {}
    for line in stdout.splitlines():
        if line.startswith("export "):
            for assignment in line.removeprefix("export ").split():
                name, _, value = assignment.partition("=")
                variables[name] = value
    return variables
