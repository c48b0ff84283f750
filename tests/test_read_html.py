"""Web pages: the article text only, paragraph breaks kept, charset from BOM or <meta>."""

import pytest

from checker.read import InputError, read_source
from checker.read.html import html_text

PAGE = """<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于印发工作报告的通知</title><style>p { color: red }</style>
<script>var tip = "请使用新版浏览器访问本网站以获得更好体验";</script></head>
<body><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/gk">政务公开政务公开</a></li></ul></div>
<div id="zoom"><div class="TRS_Editor">
<h3>一、总体情况</h3>
<p>全年完成投资100亿元，<span>增长10%</span>。</p><p>新建学校12所。<br>其中小学8所。</p>
<table><tr><td>小学</td><td>8所</td></tr></table>
</div></div>
<div class="related"><p>相关链接</p></div>
<footer>版权所有：某某市教育局 主办单位：某某市人民政府办公室</footer>
<form><button>打印本页</button></form></body></html>"""

ARTICLE = "一、总体情况\n全年完成投资100亿元，增长10%。\n新建学校12所。\n其中小学8所。\n小学\t8所"


def test_article_text_without_navigation_scripts_and_footer():
    assert html_text(PAGE) == ARTICLE


def test_without_a_known_container_the_paragraph_parent_is_taken():
    page = ("<body><div><a>首页首页首页</a> <a>新闻中心新闻</a></div><div class='x'>"
            "<p>第一段正文内容较长。</p><p>第二段正文内容。</p></div><div>联系我们</div></body>")
    assert html_text(page) == "第一段正文内容较长。\n第二段正文内容。"


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8"])
def test_charset_from_meta_or_fallback(tmp_path, encoding):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.replace("gb2312", encoding).encode(encoding))
    assert read_source(path).text == ARTICLE


def test_utf8_bom_wins_over_a_wrong_meta_charset(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(b"\xef\xbb\xbf" + PAGE.encode("utf-8"))
    assert read_source(path).text == ARTICLE


def test_utf16_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.replace("gb2312", "utf-16").encode("utf-16"))
    assert read_source(path).text == ARTICLE


def test_unknown_charset_falls_back_to_utf8_or_gb18030(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.replace("gb2312", "no-such-codec").encode("gb18030"))
    assert read_source(path).text == ARTICLE


def test_empty_and_broken_markup_do_not_crash():
    assert html_text("") == ""
    assert html_text("<div><p>未闭合段落<span>文字</div></b></p>") == "未闭合段落文字"


def test_binary_file_named_html_raises_input_error(tmp_path):
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="image.html"):
        read_source(path)


def test_deeply_nested_unclosed_tags_do_not_hit_the_recursion_limit():
    assert html_text("<div>" * 5000 + "正文") == "正文"


def test_broken_marked_section_raises_input_error(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<p>正文</p><![foo 正文", encoding="utf-8")
    with pytest.raises(InputError, match="broken.html: malformed HTML"):
        read_source(path)


ARTICLE_PAGE = """<html><body><div class="header"><a>首页</a><a>政务公开</a></div>
<div class="content"><div class="article">
<h1>某县2023年教育工作总结</h1>
<div class="info">发布时间：2024-01-05</div><div class="tools">【字号：大 中 小】 打印本页</div>
<div class="TRS_Editor"><p>全县共有中小学48所，在校学生3.2万人。</p>
<p>全年新建校舍12栋，改造运动场8个，教育投入持续加大。</p></div>
</div>
<div class="related"><h3>相关阅读</h3><ul>{links}</ul></div>
</div></body></html>"""


def test_article_title_and_page_controls_around_a_trs_editor_are_read():
    links = "".join(f"<li><a>关于做好第{n}批教育系统安全生产检查工作的通知</a></li>" for n in range(12))
    # .article is taken whole; .content around it would add a column of links
    assert html_text(ARTICLE_PAGE.format(links=links)) == (
        "某县2023年教育工作总结\n发布时间：2024-01-05\n【字号：大 中 小】 打印本页\n"
        "全县共有中小学48所，在校学生3.2万人。\n全年新建校舍12栋，改造运动场8个，教育投入持续加大。")


def test_page_controls_of_the_article_are_reported(tmp_path, capsys):
    from checker.cli import main

    page = tmp_path / "通知.html"
    page.write_text(ARTICLE_PAGE.format(links=""), encoding="utf-8")
    assert main(["check", "--format", "concise", "--select", "T303", str(page)]) == 1
    assert capsys.readouterr().out.startswith(f"{page}:3:1: warning[T303]")
