"""Values of Chinese numerals: 三千零五, 两万, 壹佰贰拾, 二〇二一, 七八十 (a range), 一点九三.

The grammar tokenises a run of numeral characters as one CN_NUM; these functions give its value
and raise ``ValueError`` on a run that is not a well-formed numeral (十十, 千百).
"""

from decimal import Decimal

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}
NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)


def _section(text: str) -> int:
    """Value of a numeral below 10000 (no 万/亿): 三千零五, 十二, 两百, 二百五 (= 250)."""
    if not text:
        raise ValueError("empty numeral")
    total, digit, last_unit, zero = 0, None, 10**4, False
    for ch in text:
        if ch in DIGITS:
            if DIGITS[ch] == 0:
                zero = True
            elif digit is not None:
                raise ValueError(f"two digits in a row: {text}")
            else:
                digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if unit >= last_unit or (digit is None and (total or zero)):
                raise ValueError(f"misplaced {ch}: {text}")
            total += (1 if digit is None else digit) * unit
            digit, last_unit, zero = None, unit, False
        else:
            raise ValueError(f"not a numeral character: {ch}")
    if digit is not None:
        # 二百五 is 250: a last digit straight after a unit counts one place lower
        total += digit * (last_unit // 10 if last_unit < 10**4 and not zero else 1)
    return total


def _below(text: str, big: str) -> int:
    """Value of a numeral below ``big`` × 10000 (亿 or 万), read as head·big + tail."""
    if big not in text:
        return _below(text, "万") if big == "亿" else _section(text)
    head, _, tail = text.partition(big)
    if big in tail or (big == "万" and "亿" in tail):
        raise ValueError(f"{big} out of place: {text}")
    factor = BIG_UNITS[big]
    value = (chinese_integer(head) if head else 1) * factor
    if tail.startswith(("零", "〇")):
        tail = tail[1:]
    elif len(tail) == 1 and tail in DIGITS:
        return value + DIGITS[tail] * factor // 10  # 一万二 is 12000
    return value + (_below(tail, "万") if tail else 0)


def chinese_integer(text: str) -> int:
    """Value of a Chinese integer numeral, including 万/亿 and magnitude words alone (万 = 10000)."""
    if (len(text) > 2 or "〇" in text or "零" in text) and all(ch in DIGITS for ch in text):
        # 二〇二一: digits read one by one (years, codes); two digits alone are a range (三五天)
        return int("".join(str(DIGITS[ch]) for ch in text))
    if text.endswith("亿亿"):
        # a series of magnitude words: 千亿亿 is a thousand 亿亿 (10^19), 万亿亿 10^20
        return chinese_integer(text[:-1]) * BIG_UNITS["亿"]
    return _below(text, "亿")


def chinese_range(text: str) -> tuple[int, int] | None:
    """Adjacent numerals that give a range: 七八十 → (70, 80), 三四 → (3, 4), 十五六 → (15, 16),
    二三百 → (200, 300), 三五 → (3, 5). None when ``text`` is no such range."""
    for i in range(len(text) - 1):
        a, b = text[i], text[i + 1]
        if a in DIGITS and b in DIGITS and DIGITS[a] and DIGITS[b]:
            da, db = DIGITS[a], DIGITS[b]
            if db - da == 1 or (da, db) == (3, 5):
                head, tail = text[:i], text[i + 2:]
                try:
                    lo = chinese_integer(head + a + tail)
                    hi = chinese_integer(head + b + tail)
                except ValueError:
                    return None
                return lo, hi
            return None
    return None


def chinese_fraction_digits(text: str) -> str:
    """The digits after 点 in 一点九三: '93'."""
    if not all(ch in DIGITS for ch in text):
        raise ValueError(f"not decimal digits: {text}")
    return "".join(str(DIGITS[ch]) for ch in text)


def chinese_decimal(integer: str, fraction: str) -> Decimal:
    return Decimal(f"{chinese_integer(integer)}.{chinese_fraction_digits(fraction)}")
