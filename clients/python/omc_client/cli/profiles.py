"""Named profiles, one per environment, in `<user config dir>/omc-client/config.toml`.

A profile holds URLs and a client id; its secret never touches the file: it is read from
`OMC_CLIENT_SECRET_<PROFILE>` (upper-cased, `-` as `_`) or else `OMC_CLIENT_SECRET`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import user_config_dir

from omc_client.client import Endpoints

CONFIG_ENV = "OMC_CLIENT_CONFIG"


@dataclass(frozen=True)
class Profile:
    """Where one environment's services answer, and which client speaks for us there."""

    registry_url: str
    qa_url: str
    issuer_url: str
    client_id: str | None = None
    organisation_id: str | None = None

    @property
    def endpoints(self) -> Endpoints:
        return Endpoints(self.registry_url, self.qa_url, self.issuer_url)


def config_path() -> Path:
    """The profiles file: `$OMC_CLIENT_CONFIG`, else the user's config directory."""
    override = os.environ.get(CONFIG_ENV)
    return Path(override) if override else Path(user_config_dir("omc-client")) / "config.toml"


def load_profiles(path: Path | None = None) -> dict[str, Profile]:
    """Every profile in the file (none if it does not exist yet)."""
    path = path or config_path()
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    profiles = data.get("profiles", {})
    return {name: Profile(**values) for name, values in profiles.items() if isinstance(values, dict)}


def save_profile(name: str, profile: Profile, path: Path | None = None) -> Path:
    """Add or replace profile ``name`` and write the file back."""
    path = path or config_path()
    profiles = {**load_profiles(path), name: profile}
    lines = ["# omc-client profiles; secrets come from OMC_CLIENT_SECRET_<PROFILE> or OMC_CLIENT_SECRET.", ""]
    for profile_name, values in sorted(profiles.items()):
        lines.append(f'[profiles."{profile_name}"]')
        for key, value in asdict(values).items():
            if value is not None:
                escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
                lines.append(f'{key} = "{escaped}"')
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def secret_for(profile_name: str) -> str | None:
    """The profile's client secret from the environment."""
    specific = "OMC_CLIENT_SECRET_" + profile_name.upper().replace("-", "_")
    return os.environ.get(specific) or os.environ.get("OMC_CLIENT_SECRET")
