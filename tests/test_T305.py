from tests.test_rule_examples import findings_of

FULL = "全区共有学校46所，其中小学30所；初中16所：均已达标。"


def spans(text):
    return [(f.start, f.end, f.variant, f.fix) for f in findings_of("T305", text)]


def test_each_stray_mark_with_fix():
    text = FULL + "新建3所,改建2所;成效明显。"
    assert spans(text) == [(33, 34, "default", "，"), (38, 39, "default", "；")]


def test_comma_with_space_is_one_finding_dropping_the_space():
    text = FULL + "新建3所, 改建2所。"
    assert spans(text) == [(33, 35, "default", "，")]


def test_consistently_half_width_document_is_left_alone():
    text = "全区共有学校46所,其中小学30所;初中16所,均已达标。新建3所,改建2所,扩建1所。"
    assert findings_of("T305", text) == []
    assert spans(FULL + "新建3所,改建2所。") == [(33, 34, "default", "，")]


def test_ascii_and_digit_context_is_quiet():
    assert spans(FULL + "投入1,460万元，比例3:2，网址http://a.cn/?x=1。") == []


def test_page_control_is_left_to_T303():
    assert spans("分享:\n" + FULL) == []


def test_bracket_pair_is_fixed_together_or_not_at_all():
    # only the opener touches a 汉字: converting it alone would leave （%) unbalanced
    table = FULL + "\n| 指标 | 同比变动(%) |\n"
    assert spans(table) == [(table.index("("), table.index("(") + 1, "default", None)]
    # both halves touch 汉字: both are fixed
    both = FULL + "\n项目(含续建)共12个。"
    opener, closer = both.index("("), both.index(")")
    assert spans(both) == [(opener, opener + 1, "default", "（"), (closer, closer + 1, "default", "）")]
    # the partner is already full-width: the fix completes the pair
    mixed = FULL + "\n项目（含续建)共12个。"
    assert spans(mixed) == [(mixed.index(")"), mixed.index(")") + 1, "default", "）")]
    # a half-width bracket on another line is not its partner
    wrapped = FULL + "\n比例(%\n)为3。"
    assert spans(wrapped) == [(wrapped.index("("), wrapped.index("(") + 1, "default", "（"),
                              (wrapped.index(")"), wrapped.index(")") + 1, "default", "）")]
