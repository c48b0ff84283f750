"""Bad input never crashes: each unreadable file is one line of InputError naming it."""

import pytest

from checker.read import MAX_TEXT_BYTES, InputError, read_source


def assert_input_error(path, words):
    with pytest.raises(InputError) as error:
        read_source(path)
    message = str(error.value)
    assert str(path) in message and words in message and "\n" not in message


@pytest.mark.parametrize("name", ["报告.txt", "报告.md", "报告.html"])
def test_empty_file_is_empty_text(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    assert read_source(path).text == ""


def test_binary_file_named_txt(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    assert_input_error(path, "binary")


@pytest.mark.parametrize("name", ["big.txt", "big.md", "big.htm"])
def test_too_large_text_file_is_refused_before_reading(tmp_path, name):
    path = tmp_path / name
    with path.open("wb") as file:  # sparse: fast to make, never read
        file.truncate(MAX_TEXT_BYTES + 1)
    assert_input_error(path, "too large")


def test_large_docx_is_not_limited_by_file_size(tmp_path):
    path = tmp_path / "big.docx"
    with path.open("wb") as file:
        file.truncate(MAX_TEXT_BYTES + 1)
    assert_input_error(path, "not a readable Word")


@pytest.mark.parametrize("name", ["missing.txt", "missing.docx", "missing.html", "missing.md"])
def test_missing_file(tmp_path, name):
    assert_input_error(tmp_path / name, "No such file")


@pytest.mark.parametrize("name", ["folder.txt", "folder.html"])
def test_directory_named_like_a_report(tmp_path, name):
    (tmp_path / name).mkdir()
    assert_input_error(tmp_path / name, "directory")
