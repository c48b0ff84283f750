"""Test-wide settings: the results cache of every command run by a test lives in a folder of the
test session, never beside a test's configuration or in the user's cache (``HEGAO_CACHE_DIR``);
``here`` runs a test in its own temporary folder."""

import pytest


@pytest.fixture(autouse=True, scope="session")
def _cache_folder(tmp_path_factory):
    patch = pytest.MonkeyPatch()
    patch.setenv("HEGAO_CACHE_DIR", str(tmp_path_factory.mktemp("hegao_cache")))
    yield
    patch.undo()


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path
