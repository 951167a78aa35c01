"""The accuracy bench's error table: it must call a field right exactly when the scorer does."""

from __future__ import annotations

import json

from crosswire.bench_accuracy import error_categories

GOLD = {
    "incident_id": "g1",
    "doc_ids": ["d1"],
    "gold": True,
    "date": "2031-05-02",
    "place": "Alder Falls",
    "admin1": "Oregon",
    "lat": 45.0,
    "lon": -122.0,
    "killed": 1,
    "injured": 0,
}


def _categories(tmp_path, location, killed=1):
    pred = {
        "id": "p1",
        "date": "2031-05-02",
        "location": location,
        "sources": [{"doc_id": "d1", "primary": True}],
        "fields": {"killed": {"value": killed, "status": "single"}, "injured": {"value": 0}},
    }
    paths = {}
    for name, rows in (("gold", [GOLD]), ("pred", [pred]), ("docs", [{"doc_id": "d1", "published": "2031-05-03"}])):
        paths[name] = tmp_path / f"{name}.jsonl"
        paths[name].write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    table = error_categories(paths["gold"], paths["pred"], paths["docs"])
    return {field: rows[0]["category"] for field, rows in table.items()}


def test_a_point_within_the_scorers_radius_is_the_right_place(tmp_path):
    near = {"name": "Cedar Mill", "admin1": "Oregon", "lat": 45.1, "lon": -122.1, "precision": "city"}
    assert _categories(tmp_path, near)["place"] == "right"


def test_place_errors_say_what_went_wrong(tmp_path):
    namesake = {"name": "Alder Falls", "admin1": "Maine", "lat": 45.0, "lon": -69.0, "precision": "city"}
    far = {"name": "Cedar Mill", "admin1": "Oregon", "lat": 43.0, "lon": -122.0, "precision": "city"}
    street = {"name": "Elm Street", "admin1": None, "lat": None, "lon": None, "precision": "venue"}
    assert _categories(tmp_path, namesake)["place"] == "right place, wrong state"
    assert _categories(tmp_path, far)["place"] == "other place, same state"
    assert _categories(tmp_path, street)["place"] == "unresolved name"
    assert _categories(tmp_path, far, killed=3)["killed"] == "too high (single)"


def test_state_errors_say_whether_the_state_was_a_guess(tmp_path):
    namesake = {"name": "Alder Falls", "admin1": "Maine", "lat": 45.0, "lon": -69.0, "precision": "city"}
    guessed = {**namesake, "state_guessed": True}
    site = {"name": "Maine", "admin1": "Maine", "precision": "admin1", "state_guessed": True}
    street = {"name": "Elm Street", "admin1": None, "lat": None, "lon": None, "precision": "venue"}
    assert _categories(tmp_path, namesake)["admin1"] == "a namesake in another state"
    assert _categories(tmp_path, guessed)["admin1"] == "guessed wrong: the biggest namesake's state"
    assert _categories(tmp_path, site)["admin1"] == "guessed wrong: the site's state"
    assert _categories(tmp_path, street)["admin1"] == "no state (venue without one)"
    assert _categories(tmp_path, {**namesake, "admin1": "Oregon"})["admin1"] == "right"


def test_a_gold_place_without_a_point_can_only_be_matched_by_name(tmp_path, monkeypatch):
    monkeypatch.setitem(GOLD, "lat", None)
    monkeypatch.setitem(GOLD, "lon", None)
    near = {"name": "Cedar Mill", "admin1": "Oregon", "lat": 45.1, "lon": -122.1, "precision": "city"}
    named = {"name": "Alder Falls", "admin1": "Oregon", "lat": 45.1, "lon": -122.1, "precision": "city"}
    assert _categories(tmp_path, near)["place"] == "other name; gold gives no point"
    assert _categories(tmp_path, named)["place"] == "right"


def test_the_speed_table_reads_whole_in_an_80_column_terminal(monkeypatch):
    import io

    from rich.console import Console

    from crosswire.bench_speed import SpeedResult
    from crosswire.cli import bench_speed as cli_speed

    out = io.StringIO()
    monkeypatch.setattr(cli_speed, "console", Console(file=out, width=80, color_system=None))
    runs = [
        SpeedResult(997, "local", 2, 33.0, 30.24, 25.6, 39.01, 0.775, 0.797, stages={"extract": 56.4}),
        SpeedResult(10000, "ray", 2, 480.0, 20.8, 330.0, 30.3, 0.687, 0.70, stages={"extract": 700.0}),
    ]
    cli_speed._print(runs, 0.75)
    text = out.getvalue()
    assert "…" not in text
    for label in ("crosswire, articles/s", "bare model, articles/s", "ratio (target >= 0.75)", "peak MiB, each worker"):
        assert label in text
    assert "997 (local)" in text and "10000 (ray)" in text
    assert "0.775" in text and "0.687" in text
