"""The public read of one published version (current or superseded), what a credential awarded for
it describes; versions never published are not shown."""

from __future__ import annotations

import uuid

import pytest

from shared.clients.base import ServiceCallError
from shared.clients.registry import RegistryClient
from shared.schemas.auth import Role
from tests.support.micro_credentials import Registrar, ready_metadata
from tests.support.platform import Platform


@pytest.fixture(scope="module")
async def registrar(platform: Platform) -> Registrar:
    organisation, _ = await platform.new_domci()
    return Registrar(platform, await platform.new_client(organisation["id"], [Role.INSTITUTION]))


def url(platform: Platform, micro_credential_id: str, version: int) -> str:
    base = f"{platform.registry.public_url}/v1/catalogue/micro-credentials"
    return f"{base}/{micro_credential_id}/versions/{version}"


async def test_a_published_version_stays_readable_after_it_is_superseded(
    platform: Platform, registrar: Registrar
) -> None:
    published = await registrar.published(ready_metadata())
    identifier = published["id"]
    first = await platform.http.get(url(platform, identifier, 1))
    assert first.status_code == 200, first.text
    current = await platform.http.get(
        f"{platform.registry.public_url}/v1/catalogue/micro-credentials/{identifier}"
    )
    assert first.json() == current.json()

    edited = await registrar.save_draft(identifier, ready_metadata(title={"en": "Welding safety II"}))
    assert edited.status_code in (200, 201), edited.text
    assert (await platform.http.get(url(platform, identifier, 2))).status_code == 404  # a draft
    for response in (
        await registrar.step(identifier, "submission", 2),
        await registrar.approve(identifier, 2),
        await registrar.step(identifier, "publication", 2),
    ):
        assert response.status_code == 200, response.text

    old = await platform.http.get(url(platform, identifier, 1))
    assert old.status_code == 200, old.text
    assert (old.json()["version"], old.json()["title"]["en"]) == (1, "Welding safety")
    client = RegistryClient(platform.http, platform.registry.public_url)
    new = await client.catalogue_version(uuid.UUID(identifier), 2)
    assert (new.version, new.title.en) == (2, "Welding safety II")


async def test_unknown_and_never_published_versions_are_404(platform: Platform, registrar: Registrar) -> None:
    created = await registrar.create(ready_metadata())
    assert (await platform.http.get(url(platform, created["id"], 1))).status_code == 404
    assert (await platform.http.get(url(platform, str(uuid.uuid4()), 1))).status_code == 404
    assert (await platform.http.get(url(platform, created["id"], 0))).status_code == 422
    client = RegistryClient(platform.http, platform.registry.public_url)
    with pytest.raises(ServiceCallError) as raised:
        await client.catalogue_version(uuid.UUID(created["id"]), 1)
    assert raised.value.status == 404
