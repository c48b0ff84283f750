"""hegao (核稿): a linter for Chinese work reports.

The package is laid out as the pipeline it runs:
read/ (files to text) → document/ (paragraphs, sentences, headings, offsets) → claims/ (the Lark
grammar turns numerals into typed claims) → relations/ (totals and parts, rates, shares …) →
checks/ (one rule a module) → findings → report/ (one output format a module).
"""

__version__ = "0.3.0"
