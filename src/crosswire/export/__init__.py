"""export: incident and document records to JSONL, CSV and GeoJSON (formats in shared/EVAL.md)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from crosswire.model import COUNT_FIELDS

__all__ = ["FORMATS", "write_documents", "write_incidents"]

FORMATS = ("jsonl", "csv", "geojson")
# Store-only bookkeeping that is not part of the export record.
INTERNAL_KEYS = ("version",)


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in INTERNAL_KEYS}


def write_incidents(records: Iterable[dict[str, Any]], out: TextIO, fmt: str = "jsonl") -> int:
    """Write incident records; returns how many were written."""
    if fmt == "jsonl":
        return _write_jsonl((_public(r) for r in records), out)
    if fmt == "csv":
        return _write_incident_csv(records, out)
    if fmt == "geojson":
        return _write_geojson(records, out)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def write_documents(records: Iterable[dict[str, Any]], out: TextIO, fmt: str = "jsonl") -> int:
    """Write document records (doc_id, path, title, published, url, outlet, copy_of, text)."""
    if fmt == "jsonl":
        return _write_jsonl(records, out)
    if fmt == "csv":
        columns = ["doc_id", "path", "title", "published", "url", "outlet", "copy_of", "text"]
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        n = 0
        for record in records:
            writer.writerow(record)
            n += 1
        return n
    raise ValueError(f"documents export supports jsonl and csv, not {fmt!r}")


def _write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    loc = record.get("location") or {}
    fields = record.get("fields") or {}
    row = {
        "id": record["id"],
        "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"),
        "date": record.get("date"),
        "date_precision": record.get("date_precision"),
        "place": loc.get("name"),
        "admin1": loc.get("admin1"),
        # no report names the state: the town's biggest namesake, or the one its site covers
        "admin1_guessed": bool(loc.get("state_guessed")),
        "country": loc.get("country"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "actors": "; ".join(f"{a['name']} ({a['role']})" for a in record.get("actors") or []),
        "sources": len(record.get("sources") or []),
    }
    for name in COUNT_FIELDS:
        result = fields.get(name) or {}
        row[name] = result.get("value")
        # the count's upper bound: the value itself when exact, empty when open ("more than 30")
        row[f"{name}_high"] = result.get("high", result.get("value"))
        row[f"{name}_status"] = result.get("status")
    return row


def _write_incident_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = None
    n = 0
    for record in records:
        n += 1
        row = _flat(record)
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
    if writer is None:
        csv.writer(out).writerow(list(_flat({"id": ""})))
    return n


def _write_geojson(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A FeatureCollection of the incidents that have coordinates (others have no honest point)."""
    features = []
    for record in records:
        loc = record.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                "properties": _flat(record),
            }
        )
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)
