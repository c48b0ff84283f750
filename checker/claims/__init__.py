"""Claims: every numeric expression of a report as a typed value (see ``model.Claim``)."""

from checker.claims.extract import extract_claims
from checker.claims.model import Claim

__all__ = ["Claim", "extract_claims"]
