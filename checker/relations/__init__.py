"""Relations between the claims of a document: totals and parts, rates, shares, percentages of a
stated whole, changes, enumerations and repeats, with the claims they come from.

Relations are found paragraph by paragraph (never across paragraphs), except 一是 runs (within
their section, numbered items of the paragraphs after a count) and repeats (see ``repeats.py``); they are cached per document, so every rule
that consumes them shares one pass.
"""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

from checker.memo import per_document
from checker.relations.averages import find_averages
from checker.relations.columns import find_column_breakdowns
from checker.relations.definitions import find_definitions
from checker.relations.enumerations import find_list_enumerations, find_numbered_enumerations, find_shi_enumerations
from checker.relations.level_shares import find_level_shares
from checker.relations.part_shares import find_kind_shares, find_part_shares, find_shares_of_counts
from checker.relations.model import (Average, AverageChange, Breakdown, Change, ChangeSince, Enumeration, LevelChange,
                                     LevelShares, Pairing, PercentOfWhole, PercentParts, Rate, Repeat, Retimed, Share,
                                     ShareOfCount, Trend, UnitSlip)
from checker.relations.rates import find_rates
from checker.relations.repeats import find_repeats
from checker.relations.scope import change_pattern
from checker.relations.shares import find_shares
from checker.relations.since import find_averages_since
from checker.relations.wholes import find_percents_of_wholes

if TYPE_CHECKING:
    from checker.document import Document

Relation = (Average | AverageChange | Breakdown | Change | ChangeSince | Enumeration | LevelChange | LevelShares | Pairing
            | PercentOfWhole | PercentParts | Rate | Repeat | Retimed | Share | ShareOfCount | Trend | UnitSlip)

@per_document
def find_relations(doc: "Document") -> list[Relation]:
    """All relations of ``doc``, computed once per document object."""
    from checker.statements import find_statements  # statements build relations of this package

    found: list[Relation] = []
    claims = sorted(doc.claims, key=lambda c: c.start)
    changes = change_pattern(doc.data.cues)
    for _, paragraph in groupby(claims, key=lambda c: doc.paragraph_at(c.start)):
        paragraph = list(paragraph)
        found.extend(find_rates(doc.text, paragraph))
        found.extend(find_shares(doc.text, paragraph, doc.data.targets))
        found.extend(find_percents_of_wholes(doc.text, paragraph, changes))
        found.extend(find_list_enumerations(doc, paragraph))
        found.extend(find_averages(doc, paragraph))
        found.extend(find_column_breakdowns(doc, paragraph, doc.data.definitions.verbs, doc.data.definitions.neutral))
    statements = list(find_statements(doc, doc.data))
    found.extend(statements)
    found.extend(find_level_shares(doc, [s for s in statements if isinstance(s, PercentParts)]))
    found.extend(find_part_shares(doc, [s for s in statements if isinstance(s, Breakdown)]))
    found.extend(find_averages_since(doc, [s for s in statements if isinstance(s, ChangeSince)]))
    found.extend(find_kind_shares(doc))
    found.extend(find_shares_of_counts(doc, [r for r in found if isinstance(r, Share)]))
    found.extend(find_shi_enumerations(doc))
    found.extend(find_numbered_enumerations(doc))
    found.extend(find_repeats(doc))
    found.extend(find_definitions(doc))
    return found


def relations_of(doc: "Document", kind: type) -> list:
    """The relations of one kind (Rate, Share, Breakdown …) found in ``doc``."""
    return [r for r in find_relations(doc) if isinstance(r, kind)]
