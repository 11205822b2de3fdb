"""The SDK's generated code (clients/python/omc_client/_generated) matches openapi/*.json: the
pinned generator run again into a temporary directory writes exactly the committed files."""

from __future__ import annotations

import filecmp
import importlib.util
import sys
from pathlib import Path

from shared.db.migrations import PROJECT_ROOT

SDK = PROJECT_ROOT / "clients" / "python"


def _load_generator() -> object:
    spec = importlib.util.spec_from_file_location("sdk_generate", SDK / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sdk_generate"] = module
    spec.loader.exec_module(module)
    return module


def _differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [f"only committed: {name}" for name in comparison.left_only]
    found += [f"only regenerated: {name}" for name in comparison.right_only]
    found += [f"differs: {left.name}/{name}" for name in comparison.diff_files]
    for sub in comparison.common_dirs:
        found += _differences(left / sub, right / sub)
    return found


def test_the_generated_sdk_matches_the_contracts(tmp_path: Path) -> None:
    generator = _load_generator()
    generator.generate(tmp_path)  # type: ignore[attr-defined]
    committed = SDK / "omc_client" / "_generated"
    differences = _differences(committed, tmp_path)
    assert not differences, f"Run `make sdk`: {differences[:10]}"


def test_catalogue_and_lifecycle_calls_are_typed_not_any() -> None:
    generated = SDK / "omc_client" / "_generated" / "registry_api"
    submission = (generated / "api" / "micro_credentials" / "submit_micro_credential_version.py").read_text()
    assert "Response[Any]" not in submission
    assert not list((generated / "models").glob("*_input.py"))
    assert not list((generated / "models").glob("*_output.py"))
