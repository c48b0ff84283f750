"""Every rule, on any text, finishes without an exception and reports spans inside the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.config import Config
from checker.document import build_document
from checker.engine import check_document

# Report-like alphabet: digits of both widths, numerals, units, punctuation of both widths,
# quotes and brackets, heading markers, white space — plus any character at all.
REPORT_CHARS = (
    "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零〇余多近约第年月日号"
    "%％‰个名人次所项元率占其中共计分别为增长减少比去年是、，。；：,.;:()（）“”‘’《》【】"
    "-—～~ \n\t\u3000XxNone学校教师完成率"
)
report_text = st.text(alphabet=st.sampled_from(REPORT_CHARS) | st.characters(), max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_text)
def test_check_never_raises_and_spans_are_in_the_text(text):
    doc = build_document("fuzz.txt", text)
    for d in check_document(doc, Config()):
        assert 0 <= d.start <= d.end <= len(text)
        for start, end, _ in d.labels:
            assert 0 <= start <= end <= len(text)
