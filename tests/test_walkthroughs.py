"""The persona walkthroughs in docs/walkthroughs/ run against the test platform with the sandbox
loaded, so the documented commands cannot rot: each block must exit 0 and print what its page
promises."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.platform import Platform
from tests.support.sandbox import exported, loader_environment, run_loader
from tests.support.walkthroughs import WALKTHROUGHS, blocks, run_page

PAGES = ["registrar.md", "sis.md", "portal.md", "wallet.md", "employer.md"]


@pytest.fixture(scope="module")
def sandbox_environment(platform: Platform, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment a reader has after `make run`, `make demo` and pasting its export lines."""
    loaded = run_loader(platform, tmp_path_factory.mktemp("sandbox") / "state.json")
    assert loaded.returncode == 0, loaded.stderr
    return {**loader_environment(platform), **exported(loaded.stdout)}


def test_every_persona_has_a_tested_walkthrough() -> None:
    pages = {path.name for path in WALKTHROUGHS.glob("*.md")} - {"README.md"}
    assert pages == set(PAGES)
    for name in PAGES:
        page_blocks = blocks(WALKTHROUGHS / name)
        assert len(page_blocks) >= 3, name
        assert all(block.expected for block in page_blocks), f"{name}: a block promises nothing"


@pytest.mark.parametrize("name", PAGES)
def test_walkthrough_runs(name: str, sandbox_environment: dict[str, str]) -> None:
    page: Path = WALKTHROUGHS / name
    page_blocks = blocks(page)
    run = run_page(page, sandbox_environment)
    assert run.returncode == 0, (
        f"{name}: block {len(run.outputs)} of {len(page_blocks)} failed:\n"
        f"{page_blocks[len(run.outputs) - 1].code}\n--- output\n{run.outputs[-1:]}\n--- stderr\n{run.stderr}"
    )
    assert len(run.outputs) == len(page_blocks)
    for index, (block, output) in enumerate(zip(page_blocks, run.outputs, strict=True), start=1):
        for expected in block.expected:
            assert expected in output, f"{name}, block {index}: {expected!r} not in:\n{output}"
