"""A parser loaded from the user's cache folder parses as the parser it was made from."""

from lark.parsers.lalr_analysis import Shift

from checker.larkcache import cached_lark

GRAMMAR = """
start: pair+
pair: WORD "=" NUMBER ";"
WORD: /[a-z]+/
NUMBER: /[0-9]+/
%ignore " "
"""


def test_the_second_parser_comes_from_the_cache_and_parses_alike(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    made = cached_lark(GRAMMAR, parser="lalr", lexer="basic")
    assert len(list((tmp_path / "hegao").glob("lark-*.pickle"))) == 1
    loaded = cached_lark(GRAMMAR, parser="lalr", lexer="basic")
    assert loaded is not made
    assert loaded.parse("a = 1; bc = 22;") == made.parse("a = 1; bc = 22;")


def test_table_actions_keep_their_identity(tmp_path, monkeypatch):
    # lark's parser and the statement finder test ``action is Shift``
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cached_lark(GRAMMAR, parser="lalr", lexer="basic")
    loaded = cached_lark(GRAMMAR, parser="lalr", lexer="basic")
    actions = {op for state in loaded.parser.parser._parse_table.states.values() for op, _ in state.values()}
    assert any(op is Shift for op in actions)


def test_other_options_or_grammar_are_another_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cached_lark(GRAMMAR, parser="lalr", lexer="basic")
    cached_lark(GRAMMAR, parser="lalr", lexer="contextual")
    cached_lark(GRAMMAR.replace("=", ":"), parser="lalr", lexer="basic")
    assert len(list((tmp_path / "hegao").glob("lark-*.pickle"))) == 3


def test_a_damaged_entry_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cached_lark(GRAMMAR, parser="lalr", lexer="basic")
    entry, = (tmp_path / "hegao").glob("lark-*.pickle")
    entry.write_bytes(entry.read_bytes()[:100])
    assert cached_lark(GRAMMAR, parser="lalr", lexer="basic").parse("x = 3;")
    assert len(entry.read_bytes()) > 100


def test_an_unwritable_cache_folder_still_gives_a_parser(tmp_path, monkeypatch):
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    assert cached_lark(GRAMMAR, parser="lalr", lexer="basic").parse("x = 3;")
