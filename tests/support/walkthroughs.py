"""The persona walkthroughs of `docs/walkthroughs/` as tests run them: every ```sh block of a page,
in order, in one bash (so variables carry from block to block), with `set -euo pipefail`; each
block's output is cut out by a marker line, so a promised line (`<!-- expect: ... -->` after the
block) is looked for in the output of its own block."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from shared.db.migrations import PROJECT_ROOT

WALKTHROUGHS = PROJECT_ROOT / "docs" / "walkthroughs"
_BLOCK = re.compile(r"```sh\n(?P<code>.*?)```\n(?P<after>(?:<!-- expect: .*? -->\n)*)", re.DOTALL)
_EXPECT = re.compile(r"<!-- expect: (.*?) -->")
_MARKER = "::walkthrough-block::"


@dataclass(frozen=True)
class Block:
    code: str
    expected: list[str]


@dataclass(frozen=True)
class PageRun:
    returncode: int
    outputs: list[str]  # stdout of each block that started, in order
    stderr: str


def blocks(page: Path) -> list[Block]:
    """The page's sh blocks with the lines each promises."""
    text = page.read_text(encoding="utf-8")
    return [Block(match["code"], _EXPECT.findall(match["after"])) for match in _BLOCK.finditer(text)]


def run_page(page: Path, environment: dict[str, str], timeout_seconds: float = 300.0) -> PageRun:
    """Run the page's blocks in order from the repository root (a bound for a stuck platform)."""
    script = ["set -euo pipefail"]
    for block in blocks(page):
        script += [f"echo '{_MARKER}'", block.code]
    finished = subprocess.run(  # noqa: S603 (our own docs, run by bash)
        ["bash", "-c", "\n".join(script)],  # noqa: S607
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        errors="replace",  # a command that cuts a multi-byte character must not hide the real outcome
        timeout=timeout_seconds,
        check=False,
    )
    outputs = finished.stdout.split(_MARKER + "\n")[1:]
    return PageRun(finished.returncode, outputs, finished.stderr)
