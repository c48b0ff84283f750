from tests.test_rule_examples import findings_of


def test_space_before_magnitude_and_fix():
    (f,) = findings_of("N103", "累计投入资金25 万余元。")
    assert (f.start, f.end, f.fix) == (6, 12, "25万余元")


def test_space_before_nian():
    (f,) = findings_of("N103", "完成2022 年度目标。")
    assert (f.start, f.end, f.fix) == (2, 9, "2022年度")


def test_latin_unit_and_solid_numbers_are_quiet():
    assert findings_of("N103", "带宽达到1000 Mbps，投入12万元。") == []
