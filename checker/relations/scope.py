"""What bounds a relation and which claims may take part in one, shared by every relation kind."""

from __future__ import annotations

import re

from checker.claims.model import Claim

# A relation never reaches across these (except where a kind allows the sentence before).
SENTENCE_END = re.compile(r"[。；;！？!?]")


def is_count(claim: Claim) -> bool:
    """A quantity that can be a numerator, denominator, part or whole: not itself a ratio."""
    return claim.is_quantity and claim.value is not None and claim.kind not in ("percent", "points", "multiple")
