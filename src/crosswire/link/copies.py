"""Syndicated wire copies and near-duplicates, found with MinHash LSH over word shingles.

A copy repeats an original's claims without confirming them, so reconcile must know which
documents are copies. LSH keeps this linear: each document is hashed once and only the
documents that share an LSH band with it are compared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

__all__ = ["band_keys", "copies_from_signatures", "find_copies", "shingles", "signature"]

LOGGER = logging.getLogger(__name__)

SHINGLE_WORDS = 5
NUM_PERM = 128
# Pinned, because stored signatures are only comparable with ones made the same way.
SCHEME = "affine32"
STORED_DTYPE = "<u4"
# Drawn once: every MinHash of one seed and scheme has the same ones, and drawing them costs more
# than hashing a short text.
PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations
# Estimated Jaccard of 5-word shingles above which two texts are one story. Wire copies with a
# different headline, byline or last paragraph still score well above this; two local reports of
# the same shooting written separately score far below it.
THRESHOLD = 0.8
# Texts shorter than this many words carry too little to call a copy (a caption, a teaser).
MIN_WORDS = 20
WORD_RE = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of lowercased ``size``-word shingles of ``text``."""
    words = WORD_RE.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _minhash(grams: set[str]) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=PERMUTATIONS)
    mh.update_batch([g.encode("utf-8") for g in sorted(grams)])
    return mh


def signature(text: str) -> bytes | None:
    """The MinHash of a text's shingles as bytes to store, or None for a text too short to call a copy."""
    if len(WORD_RE.findall(text)) < MIN_WORDS:
        return None
    return _minhash(shingles(text)).hashvalues.astype(STORED_DTYPE).tobytes()


def _bands() -> tuple[int, int]:
    """(bands, rows per band) that MinHash LSH picks for ``THRESHOLD``."""
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


BANDS, ROWS = _bands()


def band_keys(data: bytes) -> list[bytes]:
    """The LSH band keys of a stored signature: two documents that may be copies share one.

    Stored beside the signature, they let a new document find its possible originals with an
    index lookup instead of a pass over the archive.
    """
    values = np.frombuffer(data, dtype=STORED_DTYPE)
    return [
        hashlib.blake2b(bytes([band]) + values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8).digest()
        for band in range(BANDS)
    ]


def _from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype=STORED_DTYPE).astype(np.uint32)
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=values, permutations=PERMUTATIONS)


def copies_from_signatures(
    docs: Iterable[tuple[str, bytes | None, dt.date | None]], *, threshold: float = THRESHOLD
) -> dict[str, str]:
    """``find_copies`` over stored signatures (see ``signature``): the same answer, with no text re-hashed.

    docs (Iterable[tuple[str, bytes | None, date | None]]): (doc_id, signature, published).
    RETURNS (dict[str, str]): {copy_doc_id: original_doc_id}, as ``find_copies``.
    """
    minhashes = ((doc_id, None if sig is None else _from_bytes(sig), published) for doc_id, sig, published in docs)
    return _group(minhashes, threshold=threshold)


def find_copies(docs: Iterable[tuple[str, str, dt.date | None]], *, threshold: float = THRESHOLD) -> dict[str, str]:
    """Map each copy's doc_id to its original's doc_id.

    docs (Iterable[tuple[str, str, date | None]]): (doc_id, clean text, published).
    threshold (float): estimated Jaccard similarity of shingle sets that makes a copy.
    RETURNS (dict[str, str]): {copy_doc_id: original_doc_id}. The original is the earliest
        published document of a group (undated after dated; ties: smallest doc_id), and every
        copy points straight at it, never at another copy.
    """
    hashed = (
        (doc_id, _minhash(shingles(text)) if len(WORD_RE.findall(text)) >= MIN_WORDS else None, published)
        for doc_id, text, published in docs
    )
    return _group(hashed, threshold=threshold)


def _group(
    docs: Iterable[tuple[str, MinHash | None, dt.date | None]], *, threshold: float = THRESHOLD
) -> dict[str, str]:
    # Process in original-first order, so a document only ever matches ones that precede it.
    ordered = sorted(docs, key=lambda d: (d[2] or dt.date.max, d[0]))
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    rank: dict[str, int] = {}
    copies: dict[str, str] = {}
    for doc_id, mh, _published in ordered:
        if doc_id in rank or mh is None:
            continue
        # LSH gives candidates; the estimated Jaccard confirms (bands let some lower pairs through).
        hits = [h for h in lsh.query(mh) if hashes[h].jaccard(mh) >= threshold]
        if hits:
            first = min(hits, key=rank.__getitem__)
            copies[doc_id] = copies.get(first, first)
        rank[doc_id] = len(rank)
        hashes[doc_id] = mh
        lsh.insert(doc_id, mh)
    LOGGER.info("find_copies: %d of %d documents are copies", len(copies), len(rank))
    return copies
