"""The `crosswire` command on the bundled demo articles and on bad input."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosswire.cli import app

REPO_DEMO = Path(__file__).resolve().parent.parent / "demo" / "articles"
runner = CliRunner()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    result = runner.invoke(app, ["ingest", str(REPO_DEMO), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def _export(db, what="incidents"):
    result = runner.invoke(app, ["export", what, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _ingest_story(folder, story: str):
    """A database holding one article of ``story``'s text."""
    (folder / "story.txt").write_text(story)
    db = folder / "x.db"
    result = runner.invoke(app, ["ingest", str(folder / "story.txt"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def _card(db) -> str:
    """`crosswire show` of the database's first incident."""
    return runner.invoke(app, ["show", _export(db)[0]["id"][:8], "--db", str(db)]).output


def _market_shooting(db):
    found = [
        i
        for i in _export(db)
        if (i["location"] or {}).get("name") == "Springfield" and i["event_type"] == "Violence against civilians"
    ]
    assert len(found) == 1, [(i["id"], i["location"]) for i in _export(db)]
    return found[0]


def test_demo_outlets_merge_into_one_incident_with_the_toll_disagreement_kept(demo_db):
    shooting = _market_shooting(demo_db)
    assert len(shooting["sources"]) == 4
    killed = shooting["fields"]["killed"]
    assert {c["value"] for c in killed["claims"]} >= {4, 5}
    assert killed["status"] == "conflict" and killed["value"] == 5  # the latest report
    assert shooting["date"] == "2025-06-13"


def test_wire_copy_is_marked_and_not_counted_as_confirmation(demo_db):
    sources = {s["doc_id"]: s for s in _market_shooting(demo_db)["sources"]}
    assert sources["lakeside-daily-0616"]["copy_of"] == "prairie-wire-0615"
    assert sources["prairie-wire-0615"]["copy_of"] is None


def test_reingesting_the_same_articles_changes_nothing(demo_db):
    before = _export(demo_db)
    result = runner.invoke(app, ["ingest", str(REPO_DEMO), "--db", str(demo_db)])
    assert result.exit_code == 0 and "0 new documents" in result.output
    assert _export(demo_db) == before


def test_incidents_table_and_show_card(demo_db):
    listing = runner.invoke(app, ["incidents", "--db", str(demo_db)])
    assert listing.exit_code == 0 and "Springfield" in listing.output
    incident_id = _market_shooting(demo_db)["id"]
    card = runner.invoke(app, ["show", incident_id[:8], "--db", str(demo_db)])
    assert card.exit_code == 0, card.output
    assert "conflict" in card.output and "risen to five" in card.output


def test_the_table_and_csv_say_how_far_an_open_count_may_run(tmp_path):
    story = (
        "Market bomb kills dozens in Elmvale\n\n"
        "More than 30 people were killed and hundreds were injured when a bomb exploded at a crowded "
        "market in Elmvale on Friday, officials said.\n"
    )
    db = _ingest_story(tmp_path, story)
    listing = runner.invoke(app, ["incidents", "--db", str(db)])
    assert "31+" in listing.output and "200–999" in listing.output
    assert "0 ?" not in listing.output  # both counts are given
    table = runner.invoke(app, ["export", "incidents", "--db", str(db), "--format", "csv"]).stdout
    rows = list(csv.DictReader(io.StringIO(table)))
    bounds = [(r["killed"], r["killed_high"], r["injured"], r["injured_high"]) for r in rows]
    assert bounds == [("31", "", "200", "999")]


def test_the_table_marks_a_zero_no_report_gives(tmp_path):
    story = "Two men killed in Elmvale shooting\n\nTwo men were shot dead outside a bar in Elmvale on Tuesday night.\n"
    db = _ingest_story(tmp_path, story)
    listing = runner.invoke(app, ["incidents", "--db", str(db)]).output
    assert "0 ?" in listing and "none given: 0" in listing


def test_the_card_says_when_the_state_is_a_guess(tmp_path):
    story = "Man shot in Franklin\n\nA man was shot outside a store in Franklin, the sheriff's office said.\n"
    db = _ingest_story(tmp_path, story)
    card = _card(db)
    assert "Franklin" in card and "(state not stated: a guess; namesakes in" in " ".join(card.split())


def test_the_card_says_when_the_state_is_only_the_site_s(tmp_path):
    line = {
        "doc_id": "site-1",
        "published": "2024-03-25",
        "url": "https://www.nbclosangeles.com/news/local/teen-shoots-boy",
        "text": "Teen accidentally shoots boy, 5, in leg",
    }
    (tmp_path / "site.jsonl").write_text(json.dumps(line) + "\n")
    db = tmp_path / "x.db"
    assert runner.invoke(app, ["ingest", str(tmp_path / "site.jsonl"), "--db", str(db)]).exit_code == 0
    card = " ".join(_card(db).split())
    assert "(no place told: the state the site www.nbclosangeles.com covers)" in card
    assert "California, US" in card and "California, California" not in card  # the state named once


def test_the_card_gives_a_year_as_a_year(tmp_path):
    story = "Clashes recalled\n\nHundreds were killed in ethnic clashes in Elmvale Province in 2010, officials said.\n"
    db = _ingest_story(tmp_path, story)
    card = _card(db)
    assert "When:  2010 " in card and "date: 2010  [" in card and "killed: 200–999  [" in card


def test_csv_and_geojson_exports(demo_db):
    csv_out = runner.invoke(app, ["export", "incidents", "--db", str(demo_db), "--format", "csv"])
    assert csv_out.exit_code == 0 and csv_out.stdout.startswith("id,")
    geo = runner.invoke(app, ["export", "incidents", "--db", str(demo_db), "--format", "geojson"])
    assert json.loads(geo.stdout)["type"] == "FeatureCollection"


def test_export_takes_the_filters_of_the_incidents_table(demo_db):
    def exported(*options):
        result = runner.invoke(app, ["export", "incidents", "--db", str(demo_db), "--format", "csv", *options])
        assert result.exit_code == 0, result.output
        return [row["sub_event_type"] for row in csv.DictReader(io.StringIO(result.stdout))]

    assert sorted(exported()) == ["Attack", "Peaceful protest"]
    assert exported("--since", "2025-06-15") == ["Peaceful protest"]
    assert exported("--type", "attack", "--country", "USA") == ["Attack"] == exported("--conflicts")
    assert exported("--search", "market", "--until", "2025-06-01") == []
    refused = runner.invoke(app, ["export", "documents", "--db", str(demo_db), "--since", "2025-06-15"])
    assert refused.exit_code == 2 and "not documents" in refused.output


def test_bad_files_are_named_skipped_and_the_rest_is_ingested(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "cut.html.gz").write_bytes(gzip.compress(b"<html><body><p>Two people were")[:20])
    (folder / "bad.jsonl").write_text(
        '{"doc_id": "ok1", "text": "Police arrested three men in Dayton, Ohio."}\n{oops\n'
    )
    (folder / "good.txt").write_text("Gunmen killed two people in Nairobi, Kenya, on Monday, police said.\n")
    db = tmp_path / "t.db"
    result = runner.invoke(
        app, ["ingest", str(folder), str(tmp_path / "missing.txt"), "--db", str(db), "--published", "2025-01-08"]
    )
    assert result.exit_code == 1
    for name in ("empty.txt", "junk.txt", "cut.html.gz", "bad.jsonl:2", "missing.txt"):
        assert name in result.output, (name, result.output)
    docs = _export(db, "documents")
    assert {d["doc_id"] for d in docs} >= {"ok1"} and len(docs) == 2


def test_a_run_that_reads_nothing_is_an_error_and_keeps_the_store(tmp_path):
    db = _ingest_story(tmp_path, "Gunmen killed two people in Nairobi, Kenya, on Monday, police said.\n")
    before = _export(db)
    (tmp_path / "typo.jsonl").write_text("{oops\n")
    result = runner.invoke(app, ["ingest", str(tmp_path / "typo.jsonl"), str(tmp_path / "nope"), "--db", str(db)])
    assert result.exit_code == 2
    assert "typo.jsonl:1" in result.output and "nope" in result.output
    assert "nothing could be read" in result.output
    assert _export(db) == before


def test_ingest_reads_piped_jsonl_and_a_second_pipe_of_it_is_a_no_op(tmp_path):
    record = {"doc_id": "piped-1", "published": "2025-05-02", "text": "Gunmen killed two people in Nairobi, Kenya."}
    db = str(tmp_path / "p.db")
    first = runner.invoke(app, ["ingest", "-", "--db", db], input=json.dumps(record) + "\n")
    again = runner.invoke(app, ["ingest", "-", "--db", db], input=json.dumps(record) + "\n")
    assert first.exit_code == again.exit_code == 0, first.output
    assert "1 new documents" in first.output and "0 new documents (1 already stored" in again.output
    assert [d["doc_id"] for d in _export(tmp_path / "p.db", "documents")] == ["piped-1"]


def test_another_text_under_a_stored_id_is_named_and_the_first_kept(tmp_path):
    first = {"doc_id": "d1", "published": "2025-05-02", "text": "Gunmen killed two people in Nairobi, Kenya."}
    second = {**first, "text": "Gunmen killed three people in Nairobi, Kenya."}
    (tmp_path / "v1.jsonl").write_text(json.dumps(first) + "\n")
    (tmp_path / "v2.jsonl").write_text(json.dumps(second) + "\n" + json.dumps(first) + "\n")
    db = str(tmp_path / "v.db")
    assert runner.invoke(app, ["ingest", str(tmp_path / "v1.jsonl"), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["ingest", str(tmp_path / "v2.jsonl"), "--db", db])
    assert result.exit_code == 1
    assert "v2.jsonl#1: doc_id 'd1' is stored already with another text" in result.output
    assert "(1 already stored, 1 skipped)" in result.output  # its second line is the stored text again
    (stored,) = _export(tmp_path / "v.db", "documents")
    assert "two people" in stored["text"]


def test_a_saved_page_folder_ingests_the_page_and_names_what_it_passed_over(tmp_path):
    folder = tmp_path / "saved"
    (folder / "story_files").mkdir(parents=True)
    (folder / "story.html").write_text(
        "<html><body><p>Police said two men were wounded in a shooting in Dayton, Ohio, on Tuesday.</p></body></html>"
    )
    for name in ("site.css", "menu.js", "photo.jpg", "photo2.jpg"):
        (folder / "story_files" / name).write_text("x { }")
    (folder / "LICENSE").write_text("Permission is hereby granted")
    (folder / "answers.json").write_text('{"incidents": [{"killed": 0, "injured": 2}]}')
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "s.db"), "--published", "2025-05-01"])
    assert result.exit_code == 0, result.output
    assert "1 new documents" in result.output
    said = " ".join(result.output.split())  # the console wraps long lines
    assert "passed over 6 files that are not articles (.css 1, .jpg 2, .js 1, .json 1, LICENSE 1)" in said
    named = runner.invoke(app, ["ingest", str(folder / "answers.json"), "--db", str(tmp_path / "s.db")])
    assert named.exit_code == 2 and "answers.json: no article records" in named.output


def test_ctrl_c_says_what_was_kept_and_how_to_finish(tmp_path, monkeypatch):
    import crosswire.pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(crosswire.pipeline, "ingest", interrupted)
    result = runner.invoke(app, ["ingest", str(REPO_DEMO), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 130
    assert "interrupted; the articles stored so far are kept: run the same command again" in result.output


def test_unwritable_database_path_is_one_clear_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["ingest", str(REPO_DEMO), "--db", str(blocker / "x.db")])
    assert result.exit_code == 2 and "cannot open the database" in result.output


def test_version_is_the_installed_package_s():
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"crosswire {version('crosswire')}"


def test_bad_options_say_what_to_write(tmp_path):
    result = runner.invoke(app, ["ingest", str(REPO_DEMO), "--db", str(tmp_path / "x.db"), "--published", "28/3/24"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    result = runner.invoke(app, ["show", "nope", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such database" in result.output


def test_incidents_filters_take_what_a_reader_types(demo_db):
    def listed(*options):
        result = runner.invoke(app, ["incidents", "--db", str(demo_db), *options])
        return result.exit_code, result.output

    everything = listed()[1]
    assert listed("--country", "USA") == (0, everything) == listed("--country", "united states")
    assert listed("--country", "America") == (0, everything)
    code, output = listed("--type", "attack")  # the sub-event type the table shows
    assert code == 0 and "Attack" in output and "Peaceful protest" not in output.split("incidents")[1]
    code, output = listed("--type", "Airstrike")
    assert (
        code == 0
        and "No incident is of type 'Airstrike'" in output
        and "Violence against civilians / Attack: 1" in output
    )
    code, output = listed("--country", "Narnia")
    assert code == 2 and "--country 'Narnia': no such country" in output
    code, output = listed("--search", "AND OR")
    assert code == 2 and "put a phrase in double quotes" in output
    assert listed("--limit", "-5")[0] == 2


def test_incidents_sort_as_asked(demo_db):
    def first_row_ids(*options):
        result = runner.invoke(app, ["incidents", "--db", str(demo_db), *options])
        assert result.exit_code == 0, result.output
        cells = [line.split("│")[1].strip() for line in result.output.splitlines() if line.startswith("│")]
        return [cell for cell in cells if re.fullmatch(r"[0-9a-f]{8}", cell)]

    latest_first = first_row_ids()
    assert len(latest_first) == 2
    assert first_row_ids("--sort", "date", "--ascending") == latest_first[::-1]
    deadliest = first_row_ids("--sort", "killed")
    assert deadliest[0] == latest_first[1]  # the attack, though the protest is later
    refused = runner.invoke(app, ["incidents", "--db", str(demo_db), "--sort", "kills"])
    assert refused.exit_code == 2 and "date, killed" in refused.output


def test_the_incidents_table_fits_an_80_column_terminal(demo_db, monkeypatch):
    from rich.console import Console

    from crosswire.cli import query

    out = io.StringIO()
    monkeypatch.setattr(query, "console", Console(file=out, width=80, color_system=None))
    result = runner.invoke(app, ["incidents", "--db", str(demo_db)])
    assert result.exit_code == 0, result.output
    table = [line for line in out.getvalue().splitlines() if line[:1] in "┏┃┡│└"]
    assert table and all(len(line) <= 80 and line[-1] in "┓┃┩│┘" for line in table)
    assert "src" in table[1]  # the last column's header is shown, not cut off


def test_an_article_in_a_language_not_read_is_stored_searchable_and_said_to_be_unread(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "en.txt").write_text("Police said two men were wounded in a shooting in Dayton, Ohio, on Tuesday.")
    (folder / "de.txt").write_text(
        "Am Dienstagabend hat ein Unbekannter in Dayton zwei Männer vor dem Markt verletzt, teilte die Polizei mit."
    )
    db = tmp_path / "m.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--published", "2025-05-01"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "2 new documents" in said and "1 new article is in a language crosswire does not read (de 1)" in said
    assert "crosswire reads English and Russian" in said
    documents = {Path(d["path"]).name: d for d in _export(db, "documents")}
    assert documents["de.txt"]["language"] == "de" and documents["en.txt"]["language"] == "en"
    [incident] = _export(db)
    assert [s["doc_id"] for s in incident["sources"]] == [documents["en.txt"]["doc_id"]]
    again = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert "does not read" not in again.output  # only new articles are counted
    listed = runner.invoke(app, ["articles", "--db", str(db), "--unread"])
    assert listed.exit_code == 0 and "1 articles" in listed.output
    assert documents["de.txt"]["doc_id"] in listed.output and documents["en.txt"]["doc_id"] not in listed.output
    found = runner.invoke(app, ["articles", "--db", str(db), "--search", "wounded"])
    assert "1 articles" in found.output and documents["en.txt"]["doc_id"] in found.output


def test_a_text_longer_than_is_read_is_stored_whole_and_named_as_partly_read(tmp_path, monkeypatch):
    import crosswire.cli.ingest
    import crosswire.extract
    import crosswire.pipeline

    for module in (crosswire.extract, crosswire.pipeline, crosswire.cli.ingest):
        monkeypatch.setattr(module, "READ_CHARS", 300)
    lede = "Police said two men were wounded in a shooting in Dayton, Ohio, on Tuesday.\n\n"
    tail = "Three people were killed in a fire in Elmvale, Ohio, on Monday, officials said.\n\n"
    council = (
        "The council met on Monday to weigh next year's budget.\n\n"
        "Members argued for an hour over the cost of repaving Quarry Street.\n\n"
        "A vote on the new library wing was put off until spring.\n\n"
        "Residents asked why the pool on Elm Avenue still has no lifeguard.\n\n"
    )
    story = tmp_path / "digest.txt"
    story.write_text(lede + council + tail)
    db = tmp_path / "d.db"
    result = runner.invoke(app, ["ingest", str(story), "--db", str(db), "--published", "2025-05-01"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"partly read {story}: only its first 300 of {len(story.read_text().strip())} characters" in said
    [stored] = _export(db, "documents")
    assert "Elmvale" in stored["text"]
    assert [i["location"]["name"] for i in _export(db)] == ["Dayton"]
