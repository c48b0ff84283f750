"""Dates that cannot exist, most often because 年 or 月 was dropped."""

from __future__ import annotations

import calendar

from checker.checks.D202 import YEARS
from checker.checks.base import Message, Rule
from checker.findings import Severity


def _day_ok(year: int | None, month: int | None, day: int) -> bool:
    if not 1 <= day <= 31:
        return False
    if month is None or not 1 <= month <= 12:
        return True
    known = year is not None and 1 <= year <= 9999
    last = calendar.monthrange(year if known else 2000, month)[1]  # 2000: allow 2月29日
    return day <= last


def _month_day(digits: str, year: int | None = None) -> list[str]:
    """Readings of digits as month + day: "98" → 9月8日, "113" → 1月13日 or 11月3日."""
    readings = []
    padded = len(digits) == 4  # 0615
    for cut in (1, 2):
        month, day = digits[:cut], digits[cut:]
        if 1 <= len(day) <= 2 and (padded or "0" not in (month[0], day[0])):
            if 1 <= int(month) <= 12 and _day_ok(year, int(month), int(day)):
                readings.append(f"{int(month)}月{int(day)}日")
    return readings


def _full_date(digits: str) -> list[str]:
    """Readings of a year followed by month and day: "2021724" → 2021年7月24日."""
    year = int(digits[:4])
    if year not in YEARS:
        return []
    return [f"{year}年{md}" for md in _month_day(digits[4:], year)]


def _year_month(digits: str) -> list[str]:
    """Readings of a year followed by a month: "202110" → 2021年10月."""
    year, month = digits[:4], digits[4:]
    if int(year) in YEARS and month and 1 <= int(month) <= 12:
        return [f"{int(year)}年{int(month)}月"]
    return []


def _date_word(claim) -> bool:
    """A word in Chinese numerals that the grammar reads as a date: 百日(攻坚), 零号."""
    return "chinese" in claim.flags and sum(part is not None for part in claim.date) == 1


def _number_label(claim) -> bool:
    """A number in 号 with no month before it: a document or house number (〔2023〕205号,
    建设路2046号), never a day with 月 dropped — that slip is written with 日."""
    return claim.date[1] is None and claim.text.endswith("号")


def _garbled_year(year: int | None) -> bool:
    """A year of five or six digits that opens like one of this era (202223年, 20193年): two years
    run together or a digit doubled. A round number (20000年前) is a span of time."""
    return year is not None and len(str(year)) in (5, 6) and str(year)[:2] in ("19", "20") and year % 1000 != 0


def _problem(date: tuple) -> tuple[str, list[str]] | None:
    """The variant and the likely readings of an impossible (year, month, day)."""
    year, month, day = date
    if _garbled_year(year):
        return "year", []
    if month is not None and not 1 <= month <= 12:
        return "month", _year_month(str(month)) if month > 99 else []
    if day is None or _day_ok(year, month, day):
        return None
    digits = str(day)
    if len(digits) >= 6:
        return "day", _full_date(digits)
    return "day", _month_day(digits, year) if month is None else []


class D201(Rule):
    """What it finds: a date that cannot exist — month 13, 2月30日 (29 in a leap year), day 0
    — a year of five or six digits run together or doubled by a copy ("202223年", "20193年") —
    and, most often, a date whose 年 or 月 was dropped: "202110月" (2021年10月), "98日"
    (9月8日), "2021724日" (2021年7月24日), and a bare number that reads as a date standing
    alone on a line, as under a signature ("2022113" → 2022年1月13日). A number in 号 with no
    month (〔2022〕118号, 双龙南街1698号) is a document or house number, not a day.

    Why it matters: the reader cannot tell when something happened, and a garbled date in a
    dated document (a deadline, a start of works) may be taken for a different one.

    Options: none.
    """

    code = "D201"
    name = "impossible-date"
    category = "dates"
    severity = Severity.ERROR
    title = Message("日期不存在", "impossible date")
    messages = {
        "month": Message("“{text}”中的月份 {value} 不存在",
                         "month {value} in “{text}” does not exist"),
        "day": Message("“{text}”中的日期 {value} 不存在",
                       "day {value} in “{text}” does not exist"),
        "year": Message("“{text}”中的年份 {value} 不存在", "year {value} in “{text}” does not exist"),
        "bare": Message("“{text}”像是漏写了年、月、日的日期",
                        "“{text}” looks like a date with 年/月/日 dropped"),
    }
    help = Message("核对日期{reading}", "check the date{reading_en}")
    flagged = (
        "新校区202309月正式启用。",
        "学校于2月30日完成验收。",
        "2023年2月29日召开全体教师大会。",
        "自2024815日起执行新的作息时间。",
        "运动会定于13月举行。",
        "培训班于56日开班。",
        "区教育局\n2023118\n",
        "202123年，帮扶单位投入资金20万元。",
    )
    clean = (
        "学校于9月30日完成验收。",
        "2024年2月29日召开全体教师大会。",
        "7-9月份开展暑期安全教育。",
        "培训时间为7月1日至7月11日。",
        "开展安全生产百日攻坚行动。",
        "“11·25”专项行动取得实效。",
        "咨询电话：2023118。",
        "依据《通知》（教发〔2022〕118号）执行。",
        "区教育局\n2023年11月8日\n",
        "遗址距今约20000年，出土文物3000余件。",
    )

    def check(self, doc):
        for claim in doc.claims:
            if claim.kind == "date" and claim.date and not (_date_word(claim) or _number_label(claim)):
                yield from self._impossible(claim)
            elif (claim.kind == "number" and claim.text.isdigit() and len(claim.text) in (7, 8)
                    and self._alone_on_line(doc.text, claim)):
                readings = _full_date(claim.text)
                if readings:
                    yield self._finding(claim, "bare", readings)

    def _impossible(self, claim):
        """The first impossible date of a claim (a range has two)."""
        for date in filter(None, (claim.date, claim.date_end)):
            found = _problem(date)
            if found:
                variant, readings = found
                value = {"year": date[0], "month": date[1]}.get(variant, date[2])
                yield self._finding(claim, variant, readings, value=value)
                return

    @staticmethod
    def _alone_on_line(text: str, claim) -> bool:
        line_start = text.rfind("\n", 0, claim.start) + 1
        line_end = text.find("\n", claim.end)
        if line_end < 0:
            line_end = len(text)
        return not (text[line_start:claim.start] + text[claim.end:line_end]).strip()

    def _finding(self, claim, variant, readings, **args):
        reading = "、".join(readings)
        return self.finding(
            claim.start, claim.end, variant, text=claim.text,
            reading=f"，可能应为{reading}" if reading else "",
            reading_en=f", probably {reading}" if reading else "",
            calc=f"{claim.text} → {reading}" if reading else None, **args)
