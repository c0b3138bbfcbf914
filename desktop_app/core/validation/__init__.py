"""Findings about a draft: pure rules over a Draft (and last year's).

- ``runner``: ``validate(draft, last_year)`` → findings, errors first.
- ``findings``: Finding and Severity.
- ``rules_text``: years, period words, placeholders, look-alike dates, bad characters.
- ``rules_facts``: facts missing or disagreeing with the text.
- ``rules_tables``: the table rules as findings.
- ``rules_similarity``: passages repeated, text too close to last year's.
"""
