"""The registry's pages for people, over HTTP: content negotiation at the `achievement.id`, the
catalogue search page and the institution page, in English and French, with escaping."""

from __future__ import annotations

import pytest

from shared.schemas.auth import Role
from tests.support.iqap import QaOffice
from tests.support.issuer import ready_omc
from tests.support.micro_credentials import Registrar, ready_metadata
from tests.support.platform import Platform

HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"  # what Chromium sends


@pytest.fixture(scope="module")
async def published(platform: Platform) -> tuple[QaOffice, str]:
    office = await QaOffice.designated(platform)
    return office, await ready_omc(office)


async def test_the_achievement_id_gives_a_page_to_browsers_and_data_to_machines(
    platform: Platform, published: tuple[QaOffice, str]
) -> None:
    _, micro_credential_id = published
    url = f"{platform.registry.public_url}/v1/catalogue/micro-credentials/{micro_credential_id}/versions/1"

    for accept in (None, "*/*", "application/json"):
        headers = {"Accept": accept} if accept else {}
        answer = await platform.http.get(url, headers=headers)
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"] == "application/json"
        assert answer.json()["id"] == micro_credential_id

    linked = await platform.http.get(url, headers={"Accept": "application/ld+json"})
    assert linked.headers["content-type"].startswith("application/ld+json")
    achievement = linked.json()
    assert achievement["type"] == ["Achievement"]
    assert achievement["id"] == url
    ctdl = await platform.http.get(url, params={"format": "ctdl"})
    assert ctdl.json()["@type"] == "ceterms:MicroCredential"

    page = await platform.http.get(url, headers={"Accept": HTML})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["content-language"] == "en"
    assert "<main" in page.text
    assert "Welding safety" in page.text
    assert "This is the current version." in page.text
    assert "Apply lockout procedures." in page.text
    assert "Level 5" in page.text or "Level " in page.text
    assert "Pass" in page.text or "Percentage" in page.text
    assert "<script" not in page.text
    assert "style=" not in page.text
    # The IQAP approval as the quality ledger records it (read from qa_api over HTTP).
    approvals = await platform.http.get(
        f"{platform.qa.public_url}/v1/approvals", params={"micro_credential": micro_credential_id}
    )
    (approval,) = approvals.json()["items"]
    text = page.text.replace("&#39;", "'")
    assert (
        "approved this micro-credential through its institutional quality assurance process (IQAP) on" in text
    )
    assert approval["reviewer"] in text
    assert f"<code>qa ledger entry {approval['seq']}</code>" in text

    french = await platform.http.get(url, headers={"Accept": HTML, "Accept-Language": "fr-CA,fr;q=0.9"})
    assert french.headers["content-language"] == "fr"
    assert 'lang="fr"' in french.text
    assert "Sécurité en soudage" in french.text
    assert "Ceci est la version en vigueur." in french.text
    assert "450,00" in french.text  # Babel: French-Canadian money
    assert "a approuvé cette microcertification selon son processus institutionnel" in french.text.replace(
        "&#39;", "'"
    )

    current = url.removesuffix("/versions/1")
    followed = await platform.http.get(f"{current}?lang=fr", headers={"Accept": HTML})
    assert followed.status_code == 303
    assert followed.headers["location"] == (
        f"/v1/catalogue/micro-credentials/{micro_credential_id}/versions/1?lang=fr"
    )
    missing = await platform.http.get(url.replace("/versions/1", "/versions/9"), headers={"Accept": HTML})
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("text/html")


async def test_the_catalogue_page_searches_with_facets_and_the_institution_page_shows_standing(
    platform: Platform, published: tuple[QaOffice, str]
) -> None:
    office, micro_credential_id = published
    catalogue = f"{platform.registry.public_url}/catalogue"
    page = await platform.http.get(catalogue, params={"provider": office.institution_id, "lang": "fr"})
    assert page.status_code == 200, page.text
    assert "Sécurité en soudage" in page.text
    assert f"/v1/catalogue/micro-credentials/{micro_credential_id}/versions/1?lang=fr" in page.text
    assert "Type de titre OMC" in page.text  # a facet
    bad = await platform.http.get(catalogue, params={"hours_min": "lots"})
    assert bad.status_code == 422
    assert "hours_min" in bad.text
    hostile = await platform.http.get(catalogue, params={"q": "<script>x</script>"})
    assert hostile.status_code == 200
    assert "<script>x" not in hostile.text

    institution = await platform.http.get(
        f"{platform.registry.public_url}/institutions/{office.institution_id}", params={"lang": "en"}
    )
    assert institution.status_code == 200, institution.text
    assert "in good standing today" in institution.text
    assert "Endorsed" in institution.text
    assert "Welding safety" in institution.text
    unknown = await platform.http.get(f"{platform.registry.public_url}/institutions/not-an-id")
    assert unknown.status_code == 404


async def test_a_superseded_or_suspended_version_says_so_plainly(platform: Platform) -> None:
    organisation, _ = await platform.new_domci()
    registrar = Registrar(platform, await platform.new_client(organisation["id"], [Role.INSTITUTION]))
    published = await registrar.published(ready_metadata())
    identifier = published["id"]
    edited = await registrar.save_draft(identifier, ready_metadata(title={"en": "Welding safety II"}))
    assert edited.status_code in (200, 201), edited.text
    for response in (
        await registrar.step(identifier, "submission", 2),
        await registrar.approve(identifier, 2),
        await registrar.step(identifier, "publication", 2),
    ):
        assert response.status_code == 200, response.text
    base = f"{platform.registry.public_url}/v1/catalogue/micro-credentials/{identifier}/versions"

    old = await platform.http.get(f"{base}/1", headers={"Accept": HTML})
    assert old.status_code == 200
    assert "This version has been replaced by a newer one." in old.text
    assert "/versions/2?lang=en" in old.text  # a link to the current version
    assert "See the current version (2)" in old.text

    suspended = await registrar.step(identifier, "suspension")
    assert suspended.status_code == 200, suspended.text
    page = await platform.http.get(f"{base}/2", params={"lang": "fr"}, headers={"Accept": HTML})
    assert page.status_code == 200
    assert "Cette microcertification est suspendue" in page.text
