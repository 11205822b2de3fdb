from tests.support.platform import Platform

DEPENDENCIES = {
    "registry_api": ["database"],
    "qa_api": ["database", "registry_api"],
    "credential_issuer": ["database", "registry_api", "qa_api"],
}


async def test_three_services_are_ready(platform: Platform) -> None:
    for name, url in platform.urls.items():
        response = await platform.http.get(f"{url}/ready")
        assert response.status_code == 200, name
        assert response.json() == {
            "status": "ready",
            "service": name,
            "dependencies": dict.fromkeys(DEPENDENCIES[name], "up"),
        }
