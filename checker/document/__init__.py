"""Build the document model of a report from its text."""

from checker.document.headings import find_headings
from checker.document.model import Block, Document, Heading
from checker.document.split import paragraphs, sentences

__all__ = ["Block", "Document", "Heading", "build_document"]


def build_document(path: str, text: str, places=(), data=None) -> Document:
    """The document of ``text``, read with the rule data ``data`` (the user's configuration;
    default: the data of ``rules/``)."""
    from checker.config import default_rule_data

    paras = paragraphs(text)
    return Document(
        path=path,
        text=text,
        paragraphs=paras,
        sentences=sentences(text, paras),
        headings=find_headings(text, paras),
        places=list(places),
        data=data or default_rule_data(),
    )
