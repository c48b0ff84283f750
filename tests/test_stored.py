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


@stored
def unit_kinds(units: tuple[str, ...]):
    from types import MappingProxyType

    return MappingProxyType({unit: "count" for unit in units})


def test_read_only_mappings_are_read_back_read_only(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = unit_kinds(("户", "家"))
    assert _pickles(tmp_path)
    again = unit_kinds(("户", "家"))
    assert again == first and again is not first and type(again) is type(first)


def test_rule_data_is_read_back_without_the_hash_of_the_process_that_built_it(tmp_path, monkeypatch):
    import pickle

    from checker.config import _stored_rule_data, build_rule_data
    from checker.stored import _dumps

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    data = build_rule_data({"idioms": ("稳中有进",)})
    hash(data)  # kept on the object: another process hashes the same strings otherwise
    read_back = pickle.loads(_dumps(data))
    assert read_back == data and "_hash" not in vars(read_back)
    assert _stored_rule_data((("idioms", ("稳中有进",)),)) == data == _stored_rule_data((("idioms", ("稳中有进",)),))
    assert _pickles(tmp_path)
