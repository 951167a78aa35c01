"""The loaded pipeline every extraction worker starts from.

Only the workers' fork server imports this module (see ``crosswire.parallel``): it loads the model
once, and each worker forked from it starts with the model in memory, shared copy-on-write, instead
of starting an interpreter, importing spaCy and loading the model again. The parent process never
imports it.
"""

from __future__ import annotations

from crosswire.clean.language import identifier
from crosswire.extract import Extractor

try:
    EXTRACTOR: Extractor | None = Extractor()
except Exception:  # noqa: BLE001 - each worker loads it again and the pool reports that failure
    EXTRACTOR = None
identifier()  # the language check's tables, shared with the workers the same way
