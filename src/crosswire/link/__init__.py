"""Link stage: mentions -> clusters of mentions that tell one incident.

``find_copies`` marks wire copies, ``block_keys`` / ``candidate_pairs`` decide which mentions are
ever compared, ``link`` clusters them under analysts' constraints, and ``relink_scope`` tells an
incremental run which stored mentions a new batch can touch.
"""

from crosswire.link.blocking import (
    WILD_LOAD,
    across_time,
    block_keys,
    candidate_pairs,
    key_week,
    probed_blocks,
    relink_scope,
)
from crosswire.link.cluster import Constraints, LinkStats, link
from crosswire.link.copies import find_copies
from crosswire.link.features import Features, features

__all__ = [
    "WILD_LOAD",
    "across_time",
    "Constraints",
    "Features",
    "LinkStats",
    "block_keys",
    "candidate_pairs",
    "features",
    "find_copies",
    "key_week",
    "link",
    "probed_blocks",
    "relink_scope",
]
