"""crosswire: news articles in, a checkable ledger of incidents out."""

__version__ = "0.1.0"
