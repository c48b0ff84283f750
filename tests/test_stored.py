"""Derived data kept between runs: built once, read back equal, built again when its inputs or
its pickle change."""

from checker.config import default_rule_data
from checker.stored import stored

built: list = []


@stored
def squares_of(words: tuple[str, ...], limit: int) -> dict[str, int]:
    built.append(words)
    return {w: len(w) ** 2 for w in words if len(w) <= limit}


def _pickles(tmp_path):
    return sorted((tmp_path / "hegao").glob("stored-*.pickle"))


def test_a_second_call_reads_what_the_first_built(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built.clear()
    first = squares_of(("城镇", "常住人口"), 4)
    assert squares_of(("城镇", "常住人口"), 4) == first == {"城镇": 4, "常住人口": 16}
    assert built == [("城镇", "常住人口")] and len(_pickles(tmp_path)) == 1


def test_other_inputs_are_built_and_kept_apart(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built.clear()
    assert squares_of(("城镇",), 4) == {"城镇": 4}
    assert squares_of(("城镇",), 1) == {}
    assert len(built) == 2 and len(_pickles(tmp_path)) == 2


def test_an_unreadable_pickle_is_built_again_and_rewritten(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    squares_of(("农村",), 4)
    [pickle] = _pickles(tmp_path)
    pickle.write_bytes(b"\x80\x05cut sh")
    built.clear()
    assert squares_of(("农村",), 4) == {"农村": 4}
    assert built == [("农村",)] and pickle.read_bytes() != b"\x80\x05cut sh"


def test_an_unwritable_cache_folder_still_gives_the_value(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # under a file: cannot be made
    assert squares_of(("乡村",), 4) == {"乡村": 4}


def test_the_indicator_index_read_back_finds_what_the_built_one_finds(tmp_path, monkeypatch):
    from checker import indicators

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    data = default_rule_data()
    text = "城镇失业登记率为3.2%，城镇登记失业率为3.1%，农材居民人均可支配收入增长6%。"
    indicators._index.cache_clear()
    built_slips = list(indicators.name_slips(text, data.indicators, data.confusables))
    indicators._index.cache_clear()
    assert _pickles(tmp_path)  # the next call reads it
    assert list(indicators.name_slips(text, data.indicators, data.confusables)) == built_slips
    assert [s.written for s in built_slips] == ["城镇失业登记率", "农材居民人均可支配收入"]
