"""Export formats: JSONL (the scorers' format), CSV and GeoJSON."""

from __future__ import annotations

import csv
import io
import json

from crosswire.export import write_documents, write_incidents

RECORD = {
    "id": "abc",
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
    "date": "2025-06-13",
    "date_precision": "day",
    "location": {"name": "Springfield", "admin1": "Illinois", "country": "US", "lat": 39.8, "lon": -89.6},
    "sources": [{"doc_id": "d1", "primary": True, "copy_of": None}],
    "fields": {"killed": {"value": 5, "status": "conflict", "claims": []}},
    "actors": [{"name": "a gunman", "role": "perpetrator"}],
    "version": 3,
}


def test_jsonl_is_the_record_without_store_bookkeeping():
    out = io.StringIO()
    assert write_incidents([RECORD], out) == 1
    line = json.loads(out.getvalue())
    assert line["fields"]["killed"]["value"] == 5 and "version" not in line


def test_csv_has_one_flat_row_per_incident():
    out = io.StringIO()
    write_incidents([RECORD], out, "csv")
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["killed"] == "5" and row["killed_status"] == "conflict" and row["admin1"] == "Illinois"
    assert row["admin1_guessed"] == "False"
    guessed = dict(RECORD, location={**RECORD["location"], "state_guessed": True})
    out = io.StringIO()
    write_incidents([guessed], out, "csv")
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["admin1_guessed"] == "True"


def test_geojson_leaves_out_incidents_without_coordinates():
    unplaced = dict(RECORD, id="x", location={"name": "somewhere", "country": "US", "lat": None, "lon": None})
    out = io.StringIO()
    assert write_incidents([RECORD, unplaced], out, "geojson") == 1
    collection = json.loads(out.getvalue())
    assert collection["features"][0]["geometry"]["coordinates"] == [-89.6, 39.8]


def test_documents_csv():
    out = io.StringIO()
    write_documents([{"doc_id": "d1", "title": "t", "text": "body"}], out, "csv")
    assert "d1" in out.getvalue() and "body" in out.getvalue()
