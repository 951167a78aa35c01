"""Schema migrations, applied in order and recorded in ``schema_migrations``.

Never edit a migration that has shipped: add a new one. Documents, mentions, claims and reviews
are the data that must never be lost; the incident tables are derived and can be rebuilt.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial",
        """
        CREATE TABLE documents (
            doc_id TEXT PRIMARY KEY,
            path TEXT, url TEXT, title TEXT, outlet TEXT, published TEXT, language TEXT,
            content_type TEXT NOT NULL,
            raw TEXT NOT NULL,
            text TEXT NOT NULL,
            removed_json TEXT NOT NULL DEFAULT '[]',
            copy_of TEXT,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_published ON documents(published);
        CREATE TABLE mentions (
            mention_id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, role TEXT NOT NULL,
            start INTEGER NOT NULL,
            published TEXT,
            data_json TEXT NOT NULL
        );
        CREATE INDEX mentions_doc ON mentions(doc_id);
        CREATE TABLE mention_blocks (
            mention_id TEXT NOT NULL REFERENCES mentions(mention_id) ON DELETE CASCADE,
            block_key TEXT NOT NULL,
            PRIMARY KEY (block_key, mention_id)
        );
        CREATE INDEX mention_blocks_mention ON mention_blocks(mention_id);
        CREATE TABLE claims (
            claim_id TEXT NOT NULL,
            mention_id TEXT NOT NULL REFERENCES mentions(mention_id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL,
            field TEXT NOT NULL,
            kind TEXT NOT NULL,
            value_json TEXT NOT NULL,
            low INTEGER, high INTEGER,
            quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            speaker TEXT,
            PRIMARY KEY (mention_id, claim_id, field, value_json)
        );
        CREATE INDEX claims_field ON claims(field);
        CREATE TABLE reviews (
            review_id TEXT PRIMARY KEY,
            action TEXT NOT NULL,
            anchor TEXT NOT NULL,
            data_json TEXT NOT NULL,
            author TEXT,
            created TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE incidents (
            incident_id TEXT PRIMARY KEY,
            event_type TEXT, sub_event_type TEXT,
            date TEXT, date_precision TEXT,
            country TEXT, admin1 TEXT, place TEXT, lat REAL, lon REAL,
            killed INTEGER, injured INTEGER,
            has_conflict INTEGER NOT NULL DEFAULT 0,
            reviewed INTEGER NOT NULL DEFAULT 0,
            hidden INTEGER NOT NULL DEFAULT 0,
            confirmed INTEGER NOT NULL DEFAULT 0,
            n_sources INTEGER NOT NULL DEFAULT 0,
            version INTEGER NOT NULL DEFAULT 1,
            record_json TEXT NOT NULL
        );
        CREATE INDEX incidents_date ON incidents(date);
        CREATE INDEX incidents_country ON incidents(country);
        CREATE INDEX incidents_type ON incidents(event_type);
        CREATE TABLE incident_mentions (
            incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
            mention_id TEXT NOT NULL,
            PRIMARY KEY (incident_id, mention_id)
        );
        CREATE INDEX incident_mentions_mention ON incident_mentions(mention_id);
        CREATE TABLE incident_sources (
            incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL,
            is_primary INTEGER NOT NULL,
            copy_of TEXT,
            PRIMARY KEY (incident_id, doc_id)
        );
        CREATE INDEX incident_sources_doc ON incident_sources(doc_id);
        CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, text);
        """,
    ),
    (
        2,
        "list_indexes",
        """
        CREATE INDEX incidents_hidden_date ON incidents(hidden, date, incident_id);
        CREATE INDEX incidents_hidden_killed ON incidents(hidden, killed, incident_id);
        CREATE INDEX incidents_hidden_date_type ON incidents(hidden, date, event_type);
        """,
    ),
    (
        3,
        "document_signatures",
        """
        -- MinHash of each document's shingles, so finding wire copies never re-hashes the archive.
        -- A NULL minhash: the text is too short to call a copy (but it was looked at).
        CREATE TABLE document_signatures (
            doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
            minhash BLOB
        );
        """,
    ),
    (
        4,
        "document_bands",
        """
        -- LSH band keys of each signature: a new document finds its possible wire originals by
        -- index lookup. Signatures made before bands existed are dropped, so the next run re-signs
        -- those documents once and stores their bands.
        CREATE TABLE document_bands (
            band BLOB NOT NULL,
            doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE
        );
        CREATE INDEX document_bands_band ON document_bands(band);
        CREATE INDEX document_bands_doc ON document_bands(doc_id);
        DELETE FROM document_signatures;
        """,
    ),
    (
        5,
        "outlet_states",
        """
        -- For each site, how many of its stories placed their incident in each state by their own
        -- words: the state a local site covers settles a town its story places in no state.
        CREATE TABLE outlet_states (
            site TEXT NOT NULL,
            state TEXT NOT NULL,
            stories INTEGER NOT NULL,
            PRIMARY KEY (site, state)
        );
        """,
    ),
    (
        6,
        "incident_kinds",
        """
        -- The list page offers the kinds of incident a database holds on every view: read from
        -- this index, not from a scan of the incident rows with their records.
        CREATE INDEX incidents_kinds ON incidents(hidden, event_type, sub_event_type);
        """,
    ),
]
