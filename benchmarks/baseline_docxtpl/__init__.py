"""Baseline: the report rendered by docxtpl from an equivalent, fully styled Word template."""
