"""End to end on the five seed articles: the analyst's reading checked by shared/eval/check_seeds.py."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from crosswire.cli import app


@pytest.fixture(scope="module")
def seed_exports(shared_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds")
    db = out / "seeds.db"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(shared_dir / "seeds"), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    for what in ("incidents", "documents"):
        result = runner.invoke(app, ["export", what, "--db", str(db), "-o", str(out / f"{what}.jsonl")])
        assert result.exit_code == 0, result.output
    return out


def _load(path):
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_seed_check_passes_every_must(shared_dir, seed_exports):
    result = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "eval" / "check_seeds.py"),
            "--incidents",
            str(seed_exports / "incidents.jsonl"),
            "--documents",
            str(seed_exports / "documents.jsonl"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    failed_must = [line for line in result.stdout.splitlines() if line.startswith("FAIL MUST")]
    assert result.returncode == 0 and not failed_must, result.stdout


def test_every_stored_figure_points_to_its_sentence(seed_exports):
    texts = {d["doc_id"]: d["text"] for d in _load(seed_exports / "documents.jsonl")}
    for incident in _load(seed_exports / "incidents.jsonl"):
        for result in incident["fields"].values():
            for claim in result["claims"]:
                assert texts[claim["doc_id"]][claim["start"] : claim["end"]] == claim["quote"]


def test_no_seed_incident_gets_a_date_the_text_does_not_give(seed_exports):
    # The seeds carry no publication dates, so only a date written out with its year can date an incident.
    for incident in _load(seed_exports / "incidents.jsonl"):
        if incident["date"]:
            quotes = [c["quote"] for c in (incident["fields"].get("date") or {}).get("claims", [])]
            assert any(incident["date"][:4] in q for q in quotes), (incident["id"], incident["date"], quotes)
