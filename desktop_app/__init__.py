"""年报助手 — drafting assistant for the annual open-government-information report."""

__version__ = "0.1.0"
APP_ID = "ogi-report"
