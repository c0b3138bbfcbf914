"""Performance measurements against baselines: ``make bench`` (see docs/performance.md)."""
