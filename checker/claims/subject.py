"""The subject of a claim: the Chinese words right before it in its clause ("全县在校学生总数为
3.2万人" → 全县在校学生总数), which rules compare to tell what two figures are about."""

from __future__ import annotations

import re

from checker.claims.model import Claim

_CLAUSE_START = re.compile(r".*[^\u4e00-\u9fffA-Za-z]", re.DOTALL)
_LINKING_VERB = re.compile(r"(?:为|达|达到|是|有|共|共计|总计|合计|计)+$")
_LONGEST_SUBJECT = 16


def subject_of(text: str, claim: Claim) -> str:
    """The words right before a figure in its clause (Chinese, and Latin letters as in A级景区),
    without the linking verb (为, 达, 共计 …); empty when a digit or punctuation mark comes right
    before it."""
    words = _CLAUSE_START.sub("", text[max(0, claim.start - _LONGEST_SUBJECT):claim.start])
    return _LINKING_VERB.sub("", words)
