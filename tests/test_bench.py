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


def test_wilson_interval_matches_the_formula_and_stays_inside_zero_and_one():
    from crosswire.bench_accuracy import wilson_interval

    low, high = wilson_interval(50, 100)
    assert round(low, 4) == 0.4038 and round(high, 4) == 0.5962  # worked by hand from Wilson's formula
    assert wilson_interval(0, 10)[0] == 0.0 and wilson_interval(10, 10)[1] == 1.0
    assert 0.0 < wilson_interval(0, 10)[1] < 0.3 and 0.7 < wilson_interval(10, 10)[0] < 1.0
    small, large = wilson_interval(83, 100), wilson_interval(830, 1000)
    assert small[0] < large[0] < 0.83 < large[1] < small[1]


def test_every_incident_accuracy_gets_an_interval_pair_f1_gets_its_own_elsewhere():
    from crosswire.bench_accuracy import accuracy_intervals

    figures = {"gold_incidents": 400, "pair_f1": 0.91, "date_accuracy": 0.85, "killed_accuracy": 0.9225}
    intervals = accuracy_intervals(figures)
    assert set(intervals) == {"date_accuracy", "killed_accuracy"}
    low, high = intervals["killed_accuracy"]
    assert low < 0.92 < 0.9225 < high  # a target this close is inside the noise of 400 incidents
    assert intervals["date_accuracy"][1] < 0.90  # and one this far is not
    assert accuracy_intervals({"gold_incidents": 0, "date_accuracy": 0.0}) == {}


STORIES = [
    (
        "a1",
        "Two hurt in Millbrook shooting",
        "Two men were wounded in a shooting outside a bakery in Millbrook on Saturday, police said. "
        "Jon Reyes, 24, and Sam Doe, 31, were taken to a hospital.",
    ),
    (
        "a2",
        "Millbrook bakery shooting leaves two wounded",
        "Police in Millbrook said two men were shot and wounded outside a bakery on Saturday night. "
        "Both are expected to survive, a police spokeswoman said.",
    ),
    (
        "b1",
        "Pine Hollow man charged in stabbing",
        "A Pine Hollow man was charged on Monday with stabbing a neighbour, police said.",
    ),
]


def test_bench_accuracy_prints_intervals_keeps_what_it_scored_and_scores_a_part_on_its_incidents(tmp_path, shared_dir):
    from typer.testing import CliRunner

    from crosswire.cli import app

    data = tmp_path / "gold"
    data.mkdir()
    docs = [{"doc_id": d, "title": t, "text": x, "published": "2031-05-05", "url": ""} for d, t, x in STORIES]
    gold = [
        {**GOLD, "doc_ids": ["a1", "a2"], "date": "2031-05-03", "killed": 0, "injured": 2},
        {**GOLD, "incident_id": "g2", "doc_ids": ["b1"]},
    ]
    _write(data / "documents.jsonl", docs)
    _write(data / "incidents.jsonl", gold)
    scorer = shared_dir / "eval" / "score_incidents.py"
    saved = tmp_path / "run.jsonl"
    args = ["bench", "accuracy", "--data", str(data), "--scorer", str(scorer), "--workers", "1", "--save", str(saved)]
    args += ["--limit", "2"]  # the stories of the first incident only: it alone is scored
    result = CliRunner().invoke(app, [*args, "--errors"])
    assert result.exit_code == 0, result.output
    kept = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines()]
    assert {s["doc_id"] for incident in kept for s in incident["sources"] if s["primary"]} == {"a1", "a2"}
    lines = result.output.replace("┃", "│").splitlines()
    cells = [[c.strip() for c in line.strip("│").split("│")] for line in lines]
    rows = {row[0]: row[1:] for row in cells if len(row) == 3}
    assert rows["figure"] == ["value", "95% interval"]
    assert rows["gold_incidents"] == ["1", ""] and rows["documents"] == ["2", ""]
    assert rows["injured_accuracy"] == ["1.0000", "0.207–1.000"]  # one incident, right: little is settled
    assert rows["pair_f1"] == ["1.0000", "1.000–1.000"]  # every resample links the two reports
    assert rows["predicted_incidents"][1] == ""
    assert "At most 1 of 1 dates (1.000) can be read off these articles" in " ".join(result.output.split())


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_the_pair_f1_bootstrap_starts_from_the_scorers_own_figure(tmp_path, shared_dir):
    import subprocess
    import sys

    from crosswire.bench_accuracy import _load, _pair_f1, _pair_shares, pair_f1_interval

    gold = [
        {**GOLD, "incident_id": "A", "doc_ids": ["a1", "a2", "a3"]},
        {**GOLD, "incident_id": "B", "doc_ids": ["b1", "b2"]},
        {"incident_id": "C", "doc_ids": ["c1"], "gold": False},
    ]
    pred = [
        {"id": "P1", "sources": [{"doc_id": d, "primary": True} for d in ("a1", "a2", "b1")]},
        {"id": "P2", "sources": [{"doc_id": "a3", "primary": True}, {"doc_id": "b2", "primary": False}]},
        {"id": "P3", "sources": [{"doc_id": d, "primary": True} for d in ("b2", "c1")]},
    ]
    gold_path, pred_path = _write(tmp_path / "gold.jsonl", gold), _write(tmp_path / "pred.jsonl", pred)
    scorer = shared_dir / "eval" / "score_incidents.py"
    run = [sys.executable, str(scorer), "--gold", str(gold_path), "--pred", str(pred_path), "--json"]
    scored = json.loads(subprocess.run(run, capture_output=True, text=True, check=True).stdout)
    ours = _pair_f1(_pair_shares(_load(gold_path), _load(pred_path)))
    assert round(ours, 4) == scored["pair_f1"] and 0 < ours < 1
    low, high = pair_f1_interval(gold_path, pred_path)
    assert low <= ours <= high and low < high
    assert pair_f1_interval(gold_path, pred_path) == (low, high)  # seeded: the same run, the same interval


def test_a_perfect_clustering_has_no_doubt_about_its_pair_f1(tmp_path):
    from crosswire.bench_accuracy import pair_f1_interval

    gold = [{"incident_id": i, "doc_ids": [f"{i}1", f"{i}2"], "gold": True} for i in "ABCD"]
    pred = [{"id": i, "sources": [{"doc_id": f"{i}{n}", "primary": True} for n in (1, 2)]} for i in "ABCD"]
    assert pair_f1_interval(_write(tmp_path / "g.jsonl", gold), _write(tmp_path / "p.jsonl", pred)) == (1.0, 1.0)


def test_mcnemar_p_matches_the_binomial_tail():
    from crosswire.bench_accuracy import mcnemar_p

    assert mcnemar_p(12, 2) == 2 * (1 + 14 + 91) / 2**14  # P(X <= 2) of 14 fair coin flips, both tails
    assert mcnemar_p(2, 12) == mcnemar_p(12, 2)
    assert mcnemar_p(0, 0) == 1.0 and mcnemar_p(5, 5) == 1.0
    assert mcnemar_p(6, 0) < 0.05 < mcnemar_p(5, 1)


def _run(tmp_path, name, killed_by_incident):
    """A run's export: one predicted incident per gold incident, with the given killed counts."""
    pred = [
        {
            "id": f"p{i}",
            "date": "2031-05-02",
            "location": {"name": "Alder Falls", "admin1": "Oregon"},
            "sources": [{"doc_id": f"d{i}", "primary": True}],
            "fields": {"killed": {"value": killed}, "injured": {"value": 0}},
        }
        for i, killed in enumerate(killed_by_incident)
    ]
    return _write(tmp_path / f"{name}.jsonl", pred)


def test_compare_names_the_incidents_a_change_fixed_and_broke(tmp_path):
    from crosswire.bench_accuracy import compare_runs

    gold = _write(tmp_path / "gold.jsonl", [{**GOLD, "incident_id": f"g{i}", "doc_ids": [f"d{i}"]} for i in range(4)])
    before = _run(tmp_path, "before", [1, 0, 0, 1])
    after = _run(tmp_path, "after", [1, 1, 1, 0])
    changes = {c.field: c for c in compare_runs(gold, before, after)}
    killed = changes["killed"]
    assert (killed.scored, killed.before, killed.after) == (4, 2, 3)
    assert killed.fixed == ["g1", "g2"] and killed.broken == ["g3"]
    assert changes["all"].fixed == ["g1", "g2"] and changes["all"].broken == ["g3"]
    assert changes["date"].fixed == changes["date"].broken == [] and changes["date"].p_value == 1.0


def test_compare_on_the_command_line_reads_two_saved_runs_and_refuses_other_files(tmp_path):
    from typer.testing import CliRunner

    from crosswire.cli import app

    (tmp_path / "incidents.jsonl").write_text(
        "".join(json.dumps({**GOLD, "incident_id": f"g{i}", "doc_ids": [f"d{i}"]}) + "\n" for i in range(3)),
        encoding="utf-8",
    )
    before, after = _run(tmp_path, "before", [0, 0, 1]), _run(tmp_path, "after", [1, 1, 1])
    result = CliRunner().invoke(app, ["bench", "compare", str(before), str(after), "--data", str(tmp_path), "--list"])
    assert result.exit_code == 0, result.output
    assert "3 gold incidents" in result.output and "killed fixed: g0 g1" in result.output
    bad = tmp_path / "notes.jsonl"
    bad.write_text("these are notes\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["bench", "compare", str(before), str(bad), "--data", str(tmp_path)])
    assert result.exit_code != 0 and f"{bad}:1: not JSON" in result.output


def test_part_of_a_corpus_is_scored_on_the_incidents_of_its_documents(tmp_path):
    from crosswire.bench_accuracy import _load, gold_for_documents

    gold = [
        {**GOLD, "incident_id": "g1", "doc_ids": ["d1", "d2", "d3"]},
        {**GOLD, "incident_id": "g2", "doc_ids": ["d4"]},
        {"incident_id": "g3", "doc_ids": ["d2x", "d3"], "gold": False},
    ]
    docs = _write(tmp_path / "docs.jsonl", [{"doc_id": d} for d in ("d1", "d3")])
    gold_for_documents(_write(tmp_path / "gold.jsonl", gold), docs, tmp_path / "part.jsonl")
    part = _load(tmp_path / "part.jsonl")
    assert [(g["incident_id"], g["doc_ids"]) for g in part] == [("g1", ["d1", "d3"]), ("g3", ["d3"])]
    assert part[0]["date"] == GOLD["date"] and part[1]["gold"] is False


def test_bench_accuracy_json_is_one_object_with_figures_intervals_and_errors(tmp_path, shared_dir):
    from typer.testing import CliRunner

    from crosswire.cli import app

    docs = [{"doc_id": d, "title": t, "text": x, "published": "2031-05-05", "url": ""} for d, t, x in STORIES[:2]]
    _write(tmp_path / "documents.jsonl", docs)
    _write(tmp_path / "incidents.jsonl", [{**GOLD, "doc_ids": ["a1", "a2"], "killed": 0, "injured": 2}])
    scorer = shared_dir / "eval" / "score_incidents.py"
    args = ["bench", "accuracy", "--data", str(tmp_path), "--scorer", str(scorer), "--workers", "1"]
    result = CliRunner().invoke(app, [*args, "--json", "--errors"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["figures"]["gold_incidents"] == 1 and out["figures"]["injured_accuracy"] == 1.0
    low, high = out["intervals_95"]["injured_accuracy"]
    assert low < 1.0 == high and out["intervals_95"]["pair_f1"] == [1.0, 1.0]
    assert {row["category"] for row in out["errors"]["injured"]} == {"right"}
    # The record says Friday; the stories say Saturday and never name the Friday.
    [date_row] = out["errors"]["date"]
    assert date_row["category"].startswith("one day off") and date_row["day_named"] == 0


def test_an_article_names_a_day_by_date_holiday_weekday_or_from_its_own_date():
    from crosswire.bench_accuracy import names_day

    def article(text, published="2031-05-05"):  # a Monday
        return {"title": "Shooting in Elmvale", "text": text, "published": published}

    assert names_day(article("Ann Roe was shot on May 2 outside a bakery."), "2031-05-02")
    assert names_day(article("Ann Roe was shot on 5/2 outside a bakery."), "2031-05-02")
    assert names_day(article("Ann Roe was shot on Friday night."), "2031-05-02")
    assert names_day(article("Ann Roe was shot yesterday."), "2031-05-04")
    assert names_day(article("Ann Roe was shot over the weekend."), "2031-05-03")
    assert names_day(article("Deputies are investigating a shooting."), "2031-05-05")
    assert names_day(article("Police were called at 2:15 a.m."), "2031-05-05")
    assert names_day(article("Ann Roe was shot on Christmas Eve.", "2031-12-26"), "2031-12-24")
    assert not names_day(article("Ann Roe was shot yesterday."), "2031-05-02")
    assert not names_day(article("Ann Roe was shot over the weekend."), "2031-05-02")  # a Friday
    assert not names_day(article("Ann Roe was shot on Friday night.", "2031-05-20"), "2031-05-02")  # a later Friday
    assert not names_day(article("Ann Roe was shot on May 22."), "2031-05-02")
    assert not names_day(article("Ann Roe was shot outside a bakery."), "2031-05-02")


def test_the_date_errors_say_how_many_articles_name_the_records_day_and_what_that_caps(tmp_path):
    from crosswire.bench_accuracy import date_ceiling

    texts = {"d1": "Shot on Friday.", "d2": "Shot on Friday.", "d3": "A man was shot, police said."}
    docs = [{"doc_id": d, "title": "", "text": t, "published": "2031-05-05"} for d, t in texts.items()]
    gold = [{**GOLD, "incident_id": f"g{d}", "doc_ids": [d]} for d in texts]
    pred = [
        {"id": f"p{d}", "date": date, "sources": [{"doc_id": d, "primary": True}], "fields": {}}
        for d, date in (("d1", "2031-05-02"), ("d2", None), ("d3", None))
    ]
    paths = [_write(tmp_path / f"{name}.jsonl", rows) for name, rows in (("g", gold), ("p", pred), ("d", docs))]
    rows = error_categories(*paths)["date"]
    assert {r["category"]: r["day_named"] for r in rows} == {"right": 1, "no date expression found": 1}
    assert date_ceiling(rows) == (2, 3)  # the one right, and the one its article dates; never the third
