"""The claims and terminal output of every sample report match their golden files.

When a change alters them on purpose: run ``python tests/golden/regenerate.py`` and review
the diff of tests/golden/ before committing it."""

import pytest

from tests.golden.regenerate import HERE, ROOT, golden_outputs

SEED_NAMES = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def outputs():
    patch = pytest.MonkeyPatch()
    patch.setenv("COLUMNS", "100")
    patch.chdir(ROOT)
    try:
        yield golden_outputs()
    finally:
        patch.undo()


@pytest.mark.parametrize("name", SEED_NAMES)
@pytest.mark.parametrize("kind,suffix", [("claims", ".json"), ("check", ".txt")])
def test_matches_golden(outputs, name, kind, suffix):
    path = HERE / kind / (name + suffix)
    assert path.exists(), f"{path} missing: run python tests/golden/regenerate.py"
    assert outputs[path] == path.read_text(encoding="utf-8"), (
        f"{kind}/{path.name} differs from its golden file: "
        "run python tests/golden/regenerate.py and review the diff"
    )
