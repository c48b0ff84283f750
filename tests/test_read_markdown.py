"""Markdown: non-prose spans blanked with spaces, so offsets stay those of the file."""

from checker.read import read_source
from checker.read.markdown import prose

REPORT = """# 一、总体情况

全年投入`budget_total`资金[通知](https://jyj.example.gov.cn/a.html "标题")，详见https://x.gov.cn/b。
共计<!-- 待核 XX -->100万元。

```text
参加参加 XX
```

    缩进代码 XX

正文没有问题。
[1]: https://x.gov.cn/c
"""


def test_same_length_and_line_breaks():
    result = prose(REPORT)
    assert len(result) == len(REPORT)
    assert [i for i, c in enumerate(result) if c == "\n"] == [i for i, c in enumerate(REPORT) if c == "\n"]


def test_code_links_urls_and_comments_are_blanked_prose_kept_in_place():
    result = prose(REPORT)
    for hidden in ("budget_total", "https://", "参加参加", "XX", "缩进代码", "标题"):
        assert hidden not in result
    kept_texts = ("# 一、总体情况", "全年投入", "资金[通知]", "，详见", "。\n共计", "100万元。", "正文没有问题。")
    for kept in kept_texts:
        assert result.index(kept) == REPORT.index(kept)


def test_fence_closes_only_with_the_same_marker():
    text = "~~~~\n```\n代码\n~~~~\n正文"
    assert prose(text) == "    \n   \n  \n    \n正文"


def test_read_source_dispatches_markdown(tmp_path):
    path = tmp_path / "报告.md"
    path.write_text("正文`code`。\n", encoding="gb18030")
    assert read_source(path).text == "正文      。\n"
