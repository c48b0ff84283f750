import sys

from tests.test_rule_examples import findings_of


def spans(text):
    return [(f.start, f.end, f.fix) for f in findings_of("T301", text)]


def test_doubled_word_span_and_fix():
    assert spans("组织教师参加参加培训。") == [(4, 8, "参加")]


def test_several_findings():
    assert spans("提升学校的的水平，进行进行排查。") == [(4, 6, "的"), (9, 13, "进行")]


def test_allow_list_words_are_quiet():
    assert spans("常常看看，人人参与，研究研究，方方面面，谢谢大家。") == []


def test_aabb_reduplication_is_quiet():
    assert spans("实实在在地办事，和和美美，清清楚楚。") == []


def test_set_phrase_with_ambiguous_char_is_quiet():
    assert spans("问题不了了之，是是非非要分清。") == []


def test_repetition_across_word_boundary_is_quiet():
    # 了 ends one word and starts the next (了解): not a doubled word.
    assert spans("会上通报了了解到的情况。") == []


def test_segmenting_a_candidate_reads_the_dictionary_without_importing_jieba():
    sys.modules.pop("jieba", None)
    assert findings_of("T301", "组织教师参加参加培训。")
    assert "jieba" not in sys.modules
