"""The few fixed words the reporters print themselves, in Chinese and English; everything else
they print comes rendered in the diagnostics."""

from __future__ import annotations

from checker.findings import Severity

SEVERITY_NAMES = {
    "zh": {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"},
}
CALC_LABELS = {"zh": "计算：", "en": "arithmetic: "}
# In Chinese text (Word comments, the HTML report, annotations) the suggestion is labelled in
# Chinese; the terminal's ``= help:`` keeps the compiler convention users know from rustc and ruff.
HELP_LABELS = {"zh": "建议：", "en": "help: "}


def severity_name(severity: Severity, lang: str) -> str:
    return SEVERITY_NAMES["zh" if lang == "zh" else "en"][severity]


def calc_label(lang: str) -> str:
    return CALC_LABELS["zh" if lang == "zh" else "en"]


def help_label(lang: str) -> str:
    return HELP_LABELS["zh" if lang == "zh" else "en"]
