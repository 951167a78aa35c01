"""store: the SQLite database. The only package that speaks SQL.

Each document is written with its mentions and claims in one transaction (a run puts a batch of
documents in one), so an interrupted run leaves whole documents or none; the derived incident
tables are replaced block by block.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crosswire.model import CleanText, CountValue, Document, Mention, Review
from crosswire.store.migrations import MIGRATIONS

__all__ = ["SORT_COLUMNS", "NewDocument", "Results", "Store", "StoreError", "WriteConflict"]

# A document to store: its clean text, its mentions, their block keys by mention id, and the
# (site, state) its story gives its outlet, if any.
NewDocument = tuple[Document, CleanText, list[Mention], dict[str, list[str]], tuple[str, str] | None]

# SQLite caps bound variables per statement; stay well under it in IN (...) lists.
MAX_VARIABLES = 900


class StoreError(Exception):
    """The database cannot be opened or written (path, permissions, not a crosswire database)."""


class WriteConflict(StoreError):
    """Someone else changed the incident since it was read: reload and try again."""


@dataclass(slots=True)
class Results:
    """Rows of a query as dicts, with the total before paging."""

    rows: list[dict[str, Any]]
    total: int

    def first(self) -> dict[str, Any] | None:
        return self.rows[0] if self.rows else None


SORT_COLUMNS = {
    "date": "date",
    "killed": "killed",
    "injured": "injured",
    "sources": "n_sources",
    "country": "country",
    "type": "event_type",
    "place": "place",
}


def _filter(
    *,
    event_type: str | None = None,
    country: str | None = None,
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
    text: str | None = None,
    conflict: bool | None = None,
    reviewed: bool | None = None,
    include_hidden: bool = False,
) -> tuple[str, list[Any]]:
    """WHERE clause and parameters for incident filters; ``text`` is an FTS5 query over the articles."""
    where: list[str] = [] if include_hidden else ["hidden = 0"]
    params: list[Any] = []
    equal = (
        ("country = ?", country.upper() if country else None),
        ("date >= ?", since),
        ("date <= ?", until),
        ("has_conflict = ?", None if conflict is None else int(conflict)),
        ("reviewed = ?", None if reviewed is None else int(reviewed)),
    )
    for clause, value in equal:
        if value is not None and value != "":
            where.append(clause)
            params.append(value)
    if event_type:
        # the table's "event" column shows the sub-event type ("Attack"): either names the kind
        where.append("(event_type = ? COLLATE NOCASE OR sub_event_type = ? COLLATE NOCASE)")
        params.extend([event_type, event_type])
    if place:
        where.append("place LIKE ?")
        params.append(f"%{place}%")
    if text:
        where.append(
            "incident_id IN (SELECT s.incident_id FROM incident_sources s JOIN documents_fts f"
            " ON f.doc_id = s.doc_id WHERE documents_fts MATCH ?)"
        )
        params.append(text)
    return " AND ".join(where) or "1=1", params


# The incidents (not rejected) an article ``d`` is a source of. CROSS JOIN keeps the article's few
# source rows as the outer loop: left to itself, the planner walks every incident for each article.
ARTICLE_INCIDENTS = (
    "SELECT 1 FROM incident_sources s CROSS JOIN incidents i ON i.incident_id = s.incident_id"
    " WHERE s.doc_id = d.doc_id AND i.hidden = 0"
)


def _bad_filter(exc: sqlite3.OperationalError) -> StoreError:
    """A query the filters made that SQLite refused, most often a search FTS5 cannot parse."""
    hint = "; the search takes SQLite FTS5 syntax: put a phrase in double quotes" if "fts5" in str(exc) else ""
    return StoreError(f"bad filter: {exc}{hint}")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _record_text(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True)


def _chunks(items: list[Any], size: int = MAX_VARIABLES) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Store:
    """A crosswire database file (created and migrated forward on open)."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = str(path)
        try:
            if readonly:
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc}); check the path and permissions") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------------
    def _migrate(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied TEXT)"
        )
        for version, name, script in MIGRATIONS:
            if version in self._applied():
                continue
            record = f"INSERT INTO schema_migrations VALUES ({version}, '{name}', '{_now()}');"
            try:
                # executescript commits first; the BEGIN/COMMIT makes each migration all-or-nothing
                self.conn.executescript(f"BEGIN;\n{script}\n{record}\nCOMMIT;")
            except sqlite3.OperationalError:
                if self.conn.in_transaction:
                    self.conn.rollback()
                if version not in self._applied():  # else another process opening the file migrated it first
                    raise

    def _applied(self) -> set[int]:
        return {r[0] for r in self.conn.execute("SELECT version FROM schema_migrations")}

    def _in(self, sql: str, values: Iterable[Any]) -> list[sqlite3.Row]:
        """Rows of ``sql`` whose ``{marks}`` placeholder takes each chunk of ``values`` (SQLite caps variables)."""
        rows: list[sqlite3.Row] = []
        for chunk in _chunks(sorted(set(values))):
            rows += self.conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk).fetchall()
        return rows

    def schema_version(self) -> int:
        return self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] or 0

    # -- documents ----------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def document_raw(self, doc_id: str) -> str | None:
        """The text or HTML a document was stored from; None when no document has that id."""
        row = self.conn.execute("SELECT raw FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def add_document(
        self,
        doc: Document,
        clean: CleanText,
        mentions: list[Mention],
        block_keys: dict[str, list[str]],
        outlet_state: tuple[str, str] | None = None,
    ) -> bool:
        """Write a document with its mentions and claims in one transaction; False if already stored.

        outlet_state: (site, state) when the story places its incident in a state by its own words.
        """
        return self.add_documents([(doc, clean, mentions, block_keys, outlet_state)])[0]

    def add_documents(self, items: Iterable[NewDocument]) -> list[bool]:
        """``add_document`` for several documents in one transaction (a commit per document costs
        more than writing it): for each, False if already stored; on an error none of them is written."""
        added: list[bool] = []
        doc_id = None
        try:
            with self.conn:
                for doc, clean, mentions, block_keys, outlet_state in items:
                    doc_id = doc.doc_id
                    added.append(self._write_document(doc, clean, mentions, block_keys, outlet_state))
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write document {doc_id} ({exc})") from exc
        return added

    def _write_document(
        self,
        doc: Document,
        clean: CleanText,
        mentions: list[Mention],
        block_keys: dict[str, list[str]],
        outlet_state: tuple[str, str] | None,
    ) -> bool:
        if self.has_document(doc.doc_id):
            return False
        self._insert_document(doc, clean)
        for mention in mentions:
            self._insert_mention(mention, block_keys.get(mention.mention_id, []))
        if outlet_state is not None:
            self.conn.execute(
                "INSERT INTO outlet_states (site, state, stories) VALUES (?, ?, 1)"
                " ON CONFLICT (site, state) DO UPDATE SET stories = stories + 1",
                outlet_state,
            )
        return True

    def _insert_document(self, doc: Document, clean: CleanText) -> None:
        published = doc.published or clean.published
        self.conn.execute(
            "INSERT INTO documents (doc_id, path, url, title, outlet, published, language, content_type, raw,"
            " text, removed_json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.doc_id,
                doc.path,
                doc.url,
                doc.title or clean.title,
                doc.outlet or clean.outlet,
                published.isoformat() if published else None,
                clean.language or doc.language,
                doc.content_type,
                doc.content,
                clean.text,
                json.dumps([r.as_dict() for r in clean.removed]),
                _now(),
            ),
        )
        self.conn.execute(
            "INSERT INTO documents_fts (doc_id, title, text) VALUES (?,?,?)",
            (doc.doc_id, doc.title or clean.title or "", clean.text),
        )

    def _insert_mention(self, mention: Mention, keys: list[str]) -> None:
        data = mention.as_dict()
        claims = data.pop("claims")
        self.conn.execute(
            "INSERT OR REPLACE INTO mentions (mention_id, doc_id, event_type, sub_event_type, role, start,"
            " published, data_json) VALUES (?,?,?,?,?,?,?,?)",
            (
                mention.mention_id,
                mention.doc_id,
                mention.event_type,
                mention.sub_event_type,
                mention.role,
                mention.start,
                data["published"],
                json.dumps(data),
            ),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO mention_blocks (mention_id, block_key) VALUES (?, ?)",
            [(mention.mention_id, key) for key in keys],
        )
        for claim, raw in zip(mention.claims, claims, strict=True):
            value = claim.value
            low, high = (value.low, value.high) if isinstance(value, CountValue) else (None, None)
            self.conn.execute(
                "INSERT OR IGNORE INTO claims (claim_id, mention_id, doc_id, field, kind, value_json, low, high,"
                ' quote, start, "end", speaker) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
                (
                    claim.claim_id,
                    mention.mention_id,
                    claim.doc_id,
                    claim.field,
                    raw["kind"],
                    json.dumps(raw["value"]),
                    low,
                    high,
                    claim.quote,
                    claim.start,
                    claim.end,
                    claim.speaker,
                ),
            )

    def document(self, doc_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        d = dict(row)
        d["removed"] = json.loads(d.pop("removed_json"))
        return d

    def documents(self) -> Iterator[dict[str, Any]]:
        """Every document (without its raw content), in ingest order."""
        cursor = self.conn.execute(
            "SELECT doc_id, path, url, title, outlet, published, language, text, copy_of FROM documents ORDER BY rowid"
        )
        for row in cursor:
            yield dict(row)

    def articles(
        self,
        *,
        text: str | None = None,
        language: str | None = None,
        without_incidents: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> Results:
        """Stored articles, latest first (undated last), each with the number of incidents (not rejected) it reports:
        ``text`` is an FTS5 query, ``without_incidents`` keeps those that gave none (in a language
        not read, or telling of no incident the extractor knows)."""
        where, params = [], []
        if text:
            where.append("d.doc_id IN (SELECT doc_id FROM documents_fts WHERE documents_fts MATCH ?)")
            params.append(text)
        if language:
            where.append("d.language = ?")
            params.append(language)
        if without_incidents:
            where.append(f"NOT EXISTS ({ARTICLE_INCIDENTS})")
        clause = " AND ".join(where) or "1=1"
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        try:
            total = self.conn.execute(f"SELECT count(*) FROM documents d WHERE {clause}", params).fetchone()[0]
            rows = self.conn.execute(
                "SELECT d.doc_id, d.title, substr(d.text, 1, 200) AS opening, d.outlet, d.published, d.language,"
                " d.path, d.url, d.copy_of,"
                f" (SELECT count(*) FROM ({ARTICLE_INCIDENTS})) AS incidents FROM documents d WHERE {clause}"
                f" ORDER BY d.published DESC, d.rowid DESC{page}",  # undated last: NULL sorts lowest
                params,
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise _bad_filter(exc) from exc
        return Results(rows=[dict(r) for r in rows], total=total)

    def document_texts(self) -> Iterator[tuple[str, str, dt.date | None]]:
        for doc_id, text, published in self.conn.execute("SELECT doc_id, text, published FROM documents"):
            yield doc_id, text, dt.date.fromisoformat(published) if published else None

    def unsigned_documents(self, limit: int) -> list[tuple[str, str]]:
        """(doc_id, text) of up to ``limit`` documents whose MinHash signature is not stored yet."""
        rows = self.conn.execute(
            "SELECT d.doc_id, d.text FROM documents d LEFT JOIN document_signatures s USING (doc_id)"
            " WHERE s.doc_id IS NULL ORDER BY d.rowid LIMIT ?",
            (limit,),
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def add_signatures(self, signatures: Iterable[tuple[str, bytes | None, list[bytes]]]) -> None:
        """Store documents' MinHash signatures (None: too short to compare) with their LSH band keys."""
        rows = list(signatures)
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO document_signatures (doc_id, minhash) VALUES (?, ?)",
                [(doc_id, sig) for doc_id, sig, _bands in rows],
            )
            self.conn.executemany(
                "INSERT INTO document_bands (band, doc_id) VALUES (?, ?)",
                [(band, doc_id) for doc_id, _sig, bands in rows for band in bands],
            )

    def copy_neighbourhood(self, doc_ids: Iterable[str]) -> set[str]:
        """These documents, those sharing an LSH band with one, and the wire-copy groups of all of them."""
        near = set(doc_ids)
        sql = (
            "SELECT o.doc_id FROM document_bands b JOIN document_bands o ON o.band = b.band WHERE b.doc_id IN ({marks})"
        )
        near.update(r[0] for r in self._in(sql, near))
        group = set(near)
        for column in ("doc_id", "copy_of"):
            for doc_id, copy_of in self._in(
                f"SELECT doc_id, copy_of FROM documents WHERE {column} IN ({{marks}})", near
            ):
                group.update(d for d in (doc_id, copy_of) if d)
        return group

    def document_signatures(self, doc_ids: Iterable[str]) -> Iterator[tuple[str, bytes | None, dt.date | None]]:
        """(doc_id, MinHash signature, published) of these documents, those that are signed."""
        sql = (
            "SELECT s.doc_id, s.minhash, d.published FROM document_signatures s JOIN documents d USING (doc_id)"
            " WHERE s.doc_id IN ({marks})"
        )
        for doc_id, minhash, published in self._in(sql, doc_ids):
            yield doc_id, minhash, dt.date.fromisoformat(published) if published else None

    def set_copies(self, copies: dict[str, str], *, among: Iterable[str]) -> None:
        """Record which of the documents ``among`` are wire copies of which (derived; theirs replaced whole)."""
        with self.conn:
            self._in("UPDATE documents SET copy_of = NULL WHERE doc_id IN ({marks})", among)
            self.conn.executemany(
                "UPDATE documents SET copy_of = ? WHERE doc_id = ?", [(orig, copy) for copy, orig in copies.items()]
            )

    def copies(self, doc_ids: Iterable[str] | None = None) -> dict[str, str]:
        """{copy: original} of every document, or of these ones."""
        sql = "SELECT doc_id, copy_of FROM documents WHERE copy_of IS NOT NULL"
        if doc_ids is None:
            return {r[0]: r[1] for r in self.conn.execute(sql)}
        return {r[0]: r[1] for r in self._in(sql + " AND doc_id IN ({marks})", doc_ids)}

    def document_addresses(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """Each document's address (its URL, else its outlet's name), for those that have one."""
        sql = "SELECT doc_id, COALESCE(url, outlet) AS address FROM documents WHERE doc_id IN ({marks})"
        rows = self._in(sql, doc_ids)
        return {row["doc_id"]: row["address"] for row in rows if row["address"]}

    def outlet_states(self, sites: Iterable[str]) -> dict[str, Counter[str]]:
        """For each site, how many of its stories were placed in each state by their own words."""
        found: dict[str, Counter[str]] = {}
        for row in self._in("SELECT site, state, stories FROM outlet_states WHERE site IN ({marks})", sites):
            found.setdefault(row["site"], Counter())[row["state"]] = row["stories"]
        return found

    def document_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    # -- mentions -----------------------------------------------------------------------------
    def mentions(self, mention_ids: Iterable[str] | None = None) -> list[Mention]:
        """Mentions with their claims: all, or those with the given ids."""
        if mention_ids is None:
            rows = self.conn.execute("SELECT mention_id, data_json FROM mentions ORDER BY mention_id").fetchall()
        else:
            rows = self._in("SELECT mention_id, data_json FROM mentions WHERE mention_id IN ({marks})", mention_ids)
        return self._with_claims(rows)

    def _with_claims(self, rows: list[sqlite3.Row]) -> list[Mention]:
        claims: dict[str, list[dict[str, Any]]] = {}
        ids = [r[0] for r in rows]
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for c in self.conn.execute(
                f'SELECT mention_id, field, kind, value_json, quote, start, "end", doc_id, speaker FROM claims'
                f" WHERE mention_id IN ({marks}) ORDER BY start, rowid",
                chunk,
            ):
                claims.setdefault(c["mention_id"], []).append(
                    {
                        "field": c["field"],
                        "kind": c["kind"],
                        "value": json.loads(c["value_json"]),
                        "quote": c["quote"],
                        "start": c["start"],
                        "end": c["end"],
                        "doc_id": c["doc_id"],
                        "speaker": c["speaker"],
                    }
                )
        mentions = []
        for mention_id, data_json in rows:
            data = json.loads(data_json)
            data["claims"] = claims.get(mention_id, [])
            mentions.append(Mention.from_dict(data))
        return mentions

    def block_members(self, key: str, *, probers_only: bool = False, limit: int | None = None) -> set[str]:
        """Ids of the mentions in one block; with ``probers_only``, only those lacking what the key leaves open;
        with ``limit``, only that many, the most recently stored.

        A wildcard key (``family|*|week``, ``family|CC|*``, ``family|*|*``) holds every mention of the
        family (and week, or country); its probers are those with no concrete country (resp. week) key.
        """
        _family, country, week = key.split("|")
        sql = "SELECT b.mention_id FROM mention_blocks b WHERE b.block_key = ?"
        concrete = {
            "country": "o.block_key NOT LIKE '%|*|%' AND o.block_key NOT LIKE '%|person|%'",
            "week": "o.block_key NOT LIKE '%|*' AND o.block_key NOT LIKE '%|person|%'",
        }
        lacks = [
            f"NOT EXISTS (SELECT 1 FROM mention_blocks o WHERE o.mention_id = b.mention_id AND {concrete[part]})"
            for part, value in (("country", country), ("week", week))
            if probers_only and value == "*"
        ]
        if lacks:
            # In family|*|*, a mention that knows one of the two meets its neighbours elsewhere.
            sql += " AND (" + (" AND " if len(lacks) == 2 else "").join(lacks) + ")"
        if limit is not None:
            return {r[0] for r in self.conn.execute(sql + " ORDER BY b.rowid DESC LIMIT ?", (key, limit))}
        return {r[0] for r in self.conn.execute(sql, (key,))}

    def mention_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT mention_id FROM mentions ORDER BY mention_id")]

    def set_block_keys(self, keys: dict[str, list[str]]) -> None:
        """Replace the stored blocking keys of these mentions."""
        with self.conn:
            self._in("DELETE FROM mention_blocks WHERE mention_id IN ({marks})", keys)
            self.conn.executemany(
                "INSERT INTO mention_blocks (mention_id, block_key) VALUES (?, ?)",
                [(mention_id, key) for mention_id, ks in keys.items() for key in ks],
            )

    def block_keys_by_mention(self, mention_ids: Iterable[str]) -> dict[str, list[str]]:
        """The stored blocking keys of each of these mentions (those with none are left out)."""
        keys: dict[str, list[str]] = {}
        for mention_id, key in self._in(
            "SELECT mention_id, block_key FROM mention_blocks WHERE mention_id IN ({marks})", mention_ids
        ):
            keys.setdefault(mention_id, []).append(key)
        return keys

    def mention_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM mentions").fetchone()[0]

    def unlinked_mention_ids(self) -> set[str]:
        """Mentions in no incident: stored by a run that stopped before it linked them."""
        sql = (
            "SELECT mention_id FROM mentions m"
            " WHERE NOT EXISTS (SELECT 1 FROM incident_mentions i WHERE i.mention_id = m.mention_id)"
        )
        return {r[0] for r in self.conn.execute(sql)}

    # -- incidents (derived) ------------------------------------------------------------------
    def incidents_of_mentions(self, mention_ids: Iterable[str]) -> set[str]:
        sql = "SELECT incident_id FROM incident_mentions WHERE mention_id IN ({marks})"
        return {r[0] for r in self._in(sql, mention_ids)}

    def mentions_of_incidents(self, incident_ids: Iterable[str]) -> set[str]:
        sql = "SELECT mention_id FROM incident_mentions WHERE incident_id IN ({marks})"
        return {r[0] for r in self._in(sql, incident_ids)}

    def replace_incidents(self, records: list[dict[str, Any]], *, replaced: Iterable[str] | None = None) -> None:
        """Swap in freshly reconciled incidents in one transaction.

        ``replaced``: ids of the incidents these records supersede (all incidents when None).
        """
        versions = self._versions(replaced)
        with self.conn:
            if replaced is None:
                self.conn.execute("DELETE FROM incidents")
            else:
                self._in("DELETE FROM incidents WHERE incident_id IN ({marks})", replaced)
            for record in records:
                known = versions.get(record["id"])
                # an unchanged incident keeps its version: an analyst editing it gets no false conflict
                version = known[0] if known and known[1] == _record_text(record) else (known[0] if known else 0) + 1
                self._insert_incident(record, version)

    def _versions(self, ids: Iterable[str] | None) -> dict[str, tuple[int, str]]:
        if ids is None:
            rows = self.conn.execute("SELECT incident_id, version, record_json FROM incidents")
            return {r[0]: (r[1], r[2]) for r in rows}
        rows = self._in("SELECT incident_id, version, record_json FROM incidents WHERE incident_id IN ({marks})", ids)
        return {r[0]: (r[1], r[2]) for r in rows}

    def _insert_incident(self, record: dict[str, Any], version: int) -> None:
        loc = record.get("location") or {}
        fields = record.get("fields") or {}

        def count(name: str) -> int | None:
            value = (fields.get(name) or {}).get("value")
            return value if isinstance(value, int) else None

        self.conn.execute(
            "INSERT OR REPLACE INTO incidents (incident_id, event_type, sub_event_type, date, date_precision, country,"
            " admin1, place, lat, lon, killed, injured, has_conflict, reviewed, hidden, confirmed, n_sources,"
            " version, record_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                record["id"],
                record.get("event_type"),
                record.get("sub_event_type"),
                record.get("date"),
                record.get("date_precision"),
                loc.get("country"),
                loc.get("admin1"),
                loc.get("name"),
                loc.get("lat"),
                loc.get("lon"),
                count("killed"),
                count("injured"),
                int(any(f.get("status") == "conflict" for f in fields.values())),
                int(
                    bool(
                        any(f.get("reviewed") for f in fields.values())
                        or record.get("hidden")
                        or record.get("confirmed")
                    )
                ),
                int(bool(record.get("hidden"))),
                int(bool(record.get("confirmed"))),
                len(record.get("sources") or []),
                version,
                _record_text(record),
            ),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO incident_mentions (incident_id, mention_id) VALUES (?, ?)",
            [(record["id"], m) for m in record.get("mention_ids") or []],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO incident_sources (incident_id, doc_id, is_primary, copy_of) VALUES (?,?,?,?)",
            [
                (record["id"], s["doc_id"], int(bool(s.get("primary"))), s.get("copy_of"))
                for s in record.get("sources") or []
            ],
        )

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        """The export record of one incident, with its version for conflict-checked writes."""
        row = self.conn.execute(
            "SELECT record_json, version FROM incidents WHERE incident_id = ?", (incident_id,)
        ).fetchone()
        if row is None:
            return None
        record = json.loads(row[0])
        record["version"] = row[1]
        return record

    def incident_version(self, incident_id: str) -> int | None:
        row = self.conn.execute("SELECT version FROM incidents WHERE incident_id = ?", (incident_id,)).fetchone()
        return row[0] if row else None

    def event_types(self) -> list[tuple[str, str, int]]:
        """(event type, sub-event type, incidents) of the shown incidents, most common first."""
        rows = self.conn.execute(
            "SELECT event_type, sub_event_type, count(*) AS n FROM incidents WHERE hidden = 0"
            " GROUP BY event_type, sub_event_type ORDER BY n DESC, event_type, sub_event_type"
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def incident_ids_with_prefix(self, prefix: str) -> list[str]:
        rows = self.conn.execute("SELECT incident_id FROM incidents WHERE incident_id LIKE ? LIMIT 5", (prefix + "%",))
        return [r[0] for r in rows]

    def incidents(
        self,
        *,
        sort: str = "date",
        descending: bool = True,
        limit: int | None = None,
        offset: int = 0,
        **filters: Any,
    ) -> Results:
        """Incident records matching the filters (see ``_filter``), one page of them, with the total."""
        clause, params = _filter(**filters)
        order = SORT_COLUMNS.get(sort, "date")
        # NULLs sort last either way; SQLite puts them first in ASC, so only ASC needs the extra term
        nulls = "" if descending else f"{order} IS NULL, "
        direction = "DESC" if descending else "ASC"
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        try:
            total = self.conn.execute(f"SELECT count(*) FROM incidents WHERE {clause}", params).fetchone()[0]
            # page over the narrow index first, then fetch the wide JSON rows of that page only
            rows = self.conn.execute(
                f"SELECT record_json, version FROM incidents WHERE incident_id IN (SELECT incident_id FROM incidents"
                f" WHERE {clause} ORDER BY {nulls}{order} {direction}, incident_id{page})"
                f" ORDER BY {nulls}{order} {direction}, incident_id",
                params,
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise _bad_filter(exc) from exc
        records = []
        for record_json, version in rows:
            record = json.loads(record_json)
            record["version"] = version
            records.append(record)
        return Results(rows=records, total=total)

    def timeline_counts(self, **filters: Any) -> list[tuple[str, str, int]]:
        """(date, event type, incidents) for every dated incident matching the filters."""
        clause, params = _filter(**filters)
        rows = self.conn.execute(
            f"SELECT date, event_type, count(*) FROM incidents WHERE {clause} AND date IS NOT NULL"
            " GROUP BY date, event_type ORDER BY date",
            params,
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def map_points(self, *, limit: int = 2000, **filters: Any) -> list[dict[str, Any]]:
        """Incidents with coordinates, the largest tolls first (at most ``limit``); ``killed_high`` is
        the toll's upper bound (None when the reports leave it open: "more than 30")."""
        clause, params = _filter(**filters)
        rows = self.conn.execute(
            "SELECT incident_id AS id, lat, lon, killed, injured, place, country, event_type, date, date_precision,"
            " json_extract(record_json, '$.fields.killed.high') AS killed_high,"
            " json_type(record_json, '$.fields.killed.high') AS high_type FROM incidents"
            f" WHERE {clause} AND lat IS NOT NULL AND lon IS NOT NULL ORDER BY killed DESC LIMIT {int(limit)}",
            params,
        )
        points = []
        for point in map(dict, rows):
            if point.pop("high_type") is None:
                point["killed_high"] = point["killed"]  # written before counts kept their intervals: exact
            points.append(point)
        return points

    def incidents_of_document(self, doc_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT i.record_json, s.is_primary FROM incident_sources s JOIN incidents i USING (incident_id)"
            " WHERE s.doc_id = ? ORDER BY s.is_primary DESC",
            (doc_id,),
        ).fetchall()
        return [json.loads(r[0]) for r in rows]

    # -- reviews ------------------------------------------------------------------------------
    def add_review(
        self, review: Review, *, incident_id: str | None = None, expected_version: int | None = None
    ) -> None:
        """Store an analyst's action. With ``expected_version``, refuse it if the incident changed since."""
        with self.conn:
            if incident_id is not None and expected_version is not None:
                current = self.incident_version(incident_id)
                if current != expected_version:
                    raise WriteConflict(
                        f"incident {incident_id} was changed by someone else (version {current}, you had"
                        f" {expected_version}); reload it and apply your change again"
                    )
                self.conn.execute("UPDATE incidents SET version = version + 1 WHERE incident_id = ?", (incident_id,))
            data = review.as_dict()
            self.conn.execute(
                "INSERT INTO reviews (review_id, action, anchor, data_json, author, created, undone)"
                " VALUES (?,?,?,?,?,?,?)",
                (
                    review.review_id,
                    review.action,
                    review.anchor,
                    json.dumps(data),
                    review.author,
                    review.created or _now(),
                    int(review.undone),
                ),
            )

    def undo_review(self, review_id: str) -> bool:
        with self.conn:
            cur = self.conn.execute("UPDATE reviews SET undone = 1 WHERE review_id = ? AND undone = 0", (review_id,))
        return cur.rowcount > 0

    def reviews(self, *, include_undone: bool = False) -> list[Review]:
        sql = "SELECT data_json, undone, created FROM reviews"
        if not include_undone:
            sql += " WHERE undone = 0"
        reviews = []
        for data_json, undone, created in self.conn.execute(sql + " ORDER BY created, rowid"):
            review = Review.from_dict(json.loads(data_json))
            review.undone, review.created = bool(undone), created
            reviews.append(review)
        return reviews
