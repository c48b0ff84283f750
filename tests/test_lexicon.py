"""The indexed dictionary: the same answers as the dictionary file, built once, rebuilt when
damaged, kept in memory when the cache folder cannot be written."""

import os

from checker.lexicon import Lexicon
from checker.segment import dictionary_path

WORDS = "部署 3333 n\n已经 51289 d\n巩固 4260 v\n布署 3 v\n固城 12 ns\n部署 3400 vn\n已 8 \n"


def lexicon(tmp_path, folder="cache"):
    dictionary = tmp_path / "dict.txt"
    if not dictionary.exists():
        dictionary.write_text(WORDS, encoding="utf-8")
    return Lexicon(dictionary, tmp_path / folder)


def test_entries_are_the_lines_of_the_dictionary_the_last_of_a_repeated_word(tmp_path):
    assert lexicon(tmp_path).entries(["部署", "布署", "已", "巩", "部署已经"]) == {
        "部署": (3400, "vn"), "布署": (3, "v"), "已": (8, "")}


def test_entries_of_many_words_at_once(tmp_path):
    words = [f"词{i}" for i in range(3000)] + ["已经"]
    assert lexicon(tmp_path).entries(words) == {"已经": (51289, "d")}


def test_frequent_words_holding_given_characters(tmp_path):
    assert lexicon(tmp_path).frequent("固署", 10, 5) == {"部署", "巩固", "固城"}
    assert lexicon(tmp_path).frequent("固署", 100, 5) == {"部署", "巩固"}
    assert lexicon(tmp_path).longest == 2


def test_built_once_and_reused(tmp_path):
    lexicon(tmp_path).frequent("固", 10, 5)
    files = sorted((tmp_path / "cache").iterdir())
    stamps = [f.stat().st_mtime_ns for f in files]
    assert lexicon(tmp_path).frequent("固", 10, 5) == {"巩固", "固城"}
    assert sorted((tmp_path / "cache").iterdir()) == files
    assert [f.stat().st_mtime_ns for f in files] == stamps


def test_a_damaged_table_or_word_list_is_made_again(tmp_path):
    lexicon(tmp_path).frequent("固", 10, 5)
    for f in (tmp_path / "cache").iterdir():
        f.write_bytes(f.read_bytes()[:len(f.read_bytes()) // 3] or b"x")
    assert lexicon(tmp_path).entries(["巩固"]) == {"巩固": (4260, "v")}
    assert lexicon(tmp_path).frequent("固", 10, 5) == {"巩固", "固城"}


def test_a_cache_folder_that_cannot_be_made_keeps_the_table_in_memory(tmp_path):
    (tmp_path / "file").write_text("")
    assert lexicon(tmp_path, "file/cache").entries(["已经"]) == {"已经": (51289, "d")}
    assert lexicon(tmp_path, "file/cache").frequent("固", 10, 5) == {"巩固", "固城"}


def test_another_dictionary_file_gets_its_own_table(tmp_path):
    assert lexicon(tmp_path).entries(["巩固"]) == {"巩固": (4260, "v")}
    (tmp_path / "dict.txt").write_text("巩固 7 v\n", encoding="utf-8")
    os.utime(tmp_path / "dict.txt", ns=(1, 1))
    assert lexicon(tmp_path).entries(["巩固", "已经"]) == {"巩固": (7, "v")}


def test_jieba_dictionary_agrees_with_its_file():
    from checker.lexicon import jieba_lexicon

    lines = dictionary_path().read_text(encoding="utf-8").splitlines()[::997]
    expected = {w: (int(f), t) for w, f, t in (line.split(" ") for line in lines)}
    assert jieba_lexicon().entries(expected) == expected


def test_a_forked_process_opens_its_own_connection():
    import multiprocessing

    from checker.lexicon import jieba_lexicon

    jieba_lexicon()
    with multiprocessing.get_context("fork").Pool(1) as pool:
        opened_by, entries = pool.apply(_child_lexicon)
    assert opened_by != [os.getpid()] and len(opened_by) == 1
    assert entries == {"已经": (51289, "d")}


def _child_lexicon():
    from checker import lexicon

    entries = lexicon.jieba_lexicon().entries(["已经"])
    return list(lexicon._opened), entries
