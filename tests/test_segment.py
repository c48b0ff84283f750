"""hegao's fast segmentation agrees with jieba's own (without HMM) on real report sentences."""

import re
from pathlib import Path

import jieba

from checker.segment import JIEBA_TOTAL, dictionary_path, word_starts

SEEDS = Path(__file__).parent.parent / "seeds"
HAN_RUNS = [
    run for path in sorted(SEEDS.glob("*.txt"))
    for run in re.findall(r"[\u4e00-\u9fff]{2,}", path.read_text(encoding="utf-8"))
][::5]


def test_total_is_the_sum_of_the_installed_dictionary():
    text = dictionary_path().read_text(encoding="utf-8")
    assert JIEBA_TOTAL == sum(int(line.split(" ")[1]) for line in text.splitlines() if line)


def test_word_starts_match_jieba():
    for run in HAN_RUNS:
        expected = {start for _, start, _ in jieba.tokenize(run, HMM=False)} | {len(run)}
        assert word_starts(run) == expected, run


def test_doubled_word_is_two_words_but_a_straddling_run_is_not():
    assert {2, 4, 6} <= word_starts("组织参加参加培训")
    assert 2 not in word_starts("获一等奖等奖项")
