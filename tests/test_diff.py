"""``accordcheck diff``: claim alignment, each relation for every check kind, the JSON contract,
exit codes, the table and determinism. Every article here is a few sentences written for the
test."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import referencing

from accordcheck.api import Checker
from accordcheck.checks import REGISTRY, comparator
from accordcheck.checks.alignment import Interval, claim_range
from accordcheck.checks.relations import age_bounds, qualified
from accordcheck.diff import DIFF_SCHEMA, DiffReport, Pair, Relation, diff_reports
from accordcheck.diffcmd import run_diff
from accordcheck.formats.diff_json import render_json, render_jsonl
from accordcheck.formats.diff_table import render as render_table

SCHEMAS = Path(__file__).resolve().parents[1] / "accordcheck" / "schemas"
DAY = "2025-11-06"
NEUTRAL = "The talks in Astana ran late into the night."

# kind -> (agree: A, B), (contradict: A, B), article dates (A, B)
ARTICLES: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str | None, str | None]]] = {
    "membership": (
        (
            "Morocco joined the Abraham Accords in December 2020, the ministry recalled.",
            "Rabat's diplomats note that Morocco joined the Abraham Accords in 2020.",
        ),
        (
            "Morocco joined the Abraham Accords in December 2020, the ministry recalled.",
            "Officials said Morocco joined the Abraham Accords in 2022.",
        ),
        (DAY, DAY),
    ),
    "member_list": (
        (
            "Unlike the other Abraham Accords signatories — Morocco, Bahrain, the United Arab "
            "Emirates and Sudan — Kazakhstan borders no sea.",
            "Under the Abraham Accords Israel went on to normalize relations with Bahrain, the United "
            "Arab Emirates and others.",
        ),
        (
            "Unlike the other Abraham Accords signatories — Morocco, Bahrain, the United Arab "
            "Emirates and Sudan — Kazakhstan borders no sea.",
            "Unlike the other Abraham Accords signatories — Bahrain, Oman and the United Arab "
            "Emirates — Kazakhstan is landlocked.",
        ),
        (DAY, DAY),
    ),
    "relations": (
        (
            "Kazakhstan has kept up diplomatic relations with Israel since 1992.",
            "Kazakhstan and Israel have kept full diplomatic relations for more than 30 years.",
        ),
        (
            "Kazakhstan has kept up diplomatic relations with Israel since 1992.",
            "Kazakhstan established diplomatic relations with Israel 10 years ago.",
        ),
        (DAY, DAY),
    ),
    "treaty": (
        (
            "Jordan, which made peace with Israel in 1994, kept its distance.",
            "Analysts still cite the 1994 Israel-Jordan peace treaty.",
        ),
        (
            "Jordan, which made peace with Israel in 1994, kept its distance.",
            "They became the first Arab states to recognise Israel after Jordan in 1996.",
        ),
        (None, None),
    ),
    "office": (
        (
            "U.S. President Donald Trump spoke by phone with both leaders.",
            "The call was placed by U.S. President Donald Trump.",
        ),
        (
            "The plan came from former U.S. President Donald Trump.",
            "The call was placed by U.S. President Donald Trump.",
        ),
        (DAY, DAY),
    ),
    "weekday": (
        (
            "The call took place on Thursday, November 6, 2025.",
            "Leaders spoke on Thursday, November 6, 2025, officials said.",
        ),
        (
            "The call took place on Thursday, November 6, 2025.",
            "Leaders spoke on Friday, November 6, 2025.",
        ),
        (None, None),
    ),
    "event_date": (
        (
            "The president said on Thursday that Kazakhstan is to join the Abraham Accords soon.",
            "Trump announced on Nov. 6 that Kazakhstan will join the Abraham Accords.",
        ),
        (
            "The president said on Thursday that Kazakhstan is to join the Abraham Accords soon.",
            "Trump announced on Nov. 7 that Kazakhstan will join the Abraham Accords.",
        ),
        (DAY, "2025-11-07"),
    ),
    "count": (
        (
            "Trump hosted Tokayev and four other Central Asian leaders.",
            "Trump hosted leaders of five Central Asian countries.",
        ),
        (
            "Trump hosted leaders of five Central Asian countries.",
            "Trump hosted leaders of six Central Asian countries.",
        ),
        (DAY, DAY),
    ),
    "ordinal": (
        (
            "Kazakhstan will be the fifth country to join the Abraham Accords.",
            "Officials called Kazakhstan the fifth country to join the Abraham Accords.",
        ),
        (
            "Kazakhstan will be the fifth country to join the Abraham Accords.",
            "Kazakhstan will be the sixth country to join the Abraham Accords.",
        ),
        (DAY, DAY),
    ),
    "first_since": (
        (
            "It makes Kazakhstan the first state to sign on to the Abraham Accords since 2020.",
            "Kazakhstan is the first new member of the Abraham Accords since 2020.",
        ),
        (
            "It makes Kazakhstan the first state to sign on to the Abraham Accords since 2020.",
            "Kazakhstan is the first new member of the Abraham Accords since 2023.",
        ),
        (DAY, DAY),
    ),
    "unverifiable": (
        (
            "Axios first reported that Kazakhstan would be next.",
            "Axios first reported the story on Wednesday.",
        ),
        (
            "Axios first reported that Kazakhstan would be next.",
            "Reuters first reported the story on Wednesday.",
        ),
        (None, None),
    ),
}


def test_every_registered_kind_is_covered_and_comparable() -> None:
    assert set(ARTICLES) == set(REGISTRY)
    for kind in REGISTRY:
        assert callable(comparator(kind).claim_key) and callable(comparator(kind).compare)


def diff_texts(
    checker: Checker, a: str, b: str, as_of_a: str | None = DAY, as_of_b: str | None = DAY
) -> DiffReport:
    return diff_reports(
        checker.check_text(a, "a.txt", as_of_a), checker.check_text(b, "b.txt", as_of_b)
    )


def pairs_of(diff: DiffReport, kind: str) -> list[Pair]:
    """The pairs whose statements are of this kind."""
    return [p for p in diff.pairs if (p.a or p.b).kind == kind]  # type: ignore[union-attr]


def one_pair(diff: DiffReport, kind: str) -> Pair:
    mine = pairs_of(diff, kind)
    assert len(mine) == 1, [(p.relation.value, p.key, p.reason) for p in diff.pairs]
    return mine[0]


@pytest.mark.parametrize("kind", sorted(ARTICLES))
def test_agree(checker: Checker, kind: str) -> None:
    (a, b), _, (as_of_a, as_of_b) = ARTICLES[kind]
    pair = one_pair(diff_texts(checker, a, b, as_of_a, as_of_b), kind)
    assert pair.relation is Relation.AGREE, pair.reason
    assert pair.key and pair.key.startswith(f"{kind}:")
    assert pair.a and pair.b and pair.reason


@pytest.mark.parametrize("kind", sorted(set(ARTICLES) - {"unverifiable"}))
def test_contradict(checker: Checker, kind: str) -> None:
    _, (a, b), (as_of_a, as_of_b) = ARTICLES[kind]
    pair = one_pair(diff_texts(checker, a, b, as_of_a, as_of_b), kind)
    assert pair.relation is Relation.CONTRADICT, pair.reason
    assert pair.key and pair.key.startswith(f"{kind}:")
    assert pair.a and pair.b and pair.reason


def test_unverifiable_claims_contradict_only_when_compared_directly(checker: Checker) -> None:
    """Their key holds every field, so differently worded ones are said in one article only;
    compared directly, differing fields contradict."""
    _, (a, b), (as_of_a, as_of_b) = ARTICLES["unverifiable"]
    diff = diff_texts(checker, a, b, as_of_a, as_of_b)
    assert [p.relation for p in pairs_of(diff, "unverifiable")] == [
        Relation.ONLY_A,
        Relation.ONLY_B,
    ]
    relation, reason = comparator("unverifiable").compare(
        diff.a.statements[0].claim, diff.b.statements[0].claim, None, None
    )
    assert relation == "contradict" and "axios" in reason and "reuters" in reason


@pytest.mark.parametrize("kind", sorted(ARTICLES))
def test_only_a(checker: Checker, kind: str) -> None:
    (a, _), _, (as_of_a, _) = ARTICLES[kind]
    pair = one_pair(diff_texts(checker, a, NEUTRAL, as_of_a), kind)
    assert pair.relation is Relation.ONLY_A
    assert pair.a is not None and pair.b is None and pair.key


@pytest.mark.parametrize("kind", sorted(ARTICLES))
def test_only_b(checker: Checker, kind: str) -> None:
    (_, b), _, (_, as_of_b) = ARTICLES[kind]
    pair = one_pair(diff_texts(checker, NEUTRAL, b, DAY, as_of_b), kind)
    assert pair.relation is Relation.ONLY_B
    assert pair.a is None and pair.b is not None and pair.key


# ---- what each kind's compare decides ----


def test_relations_since_and_duration_agree_on_the_overlap(checker: Checker) -> None:
    (a, b), _, _ = ARTICLES["relations"]
    assert one_pair(diff_texts(checker, a, b), "relations").reason == (
        "both fit the start of relations in 1992"
    )


def test_office_titles_years_apart_may_both_be_right(checker: Checker) -> None:
    a = "The plan came from former U.S. President Donald Trump."
    b = "The call was placed by U.S. President Donald Trump."
    pair = one_pair(diff_texts(checker, a, b, "2022-03-01", DAY), "office")
    assert pair.relation is Relation.AGREE
    assert "may have changed hands" in pair.reason


def test_office_past_tense_title_fits_either() -> None:
    claim_a = {"person": "jared-kushner", "title": "senior adviser", "modifier": "past"}
    claim_b = {"person": "jared-kushner", "title": "senior adviser", "modifier": "former"}
    assert comparator("office").claim_key(claim_a) == comparator("office").claim_key(claim_b)
    relation, reason = comparator("office").compare(claim_a, claim_b, dt.date(2025, 11, 6), None)
    assert relation == "agree" and "earlier time" in reason


def test_office_since_years_must_match() -> None:
    compare = comparator("office").compare
    base = {"person": "mohammed-bin-salman", "title": "Crown Prince", "modifier": "present"}
    day = dt.date(2025, 11, 6)
    assert compare({**base, "since": 2017}, {**base, "since": 2017}, day, day)[0] == "agree"
    assert compare({**base, "since": 2017}, {**base, "since": 2015}, day, day)[0] == "contradict"


def test_membership_announced_and_signed_years_agree_when_the_reference_backs_both(
    checker: Checker,
) -> None:
    """Sudan's joining was announced in 2020 and signed in 2021: the claims differ, the reference
    supports both, so the pair agrees and the reason says why."""
    a = "Sudan joined the Abraham Accords in 2020."
    b = "Sudan joined the Abraham Accords in 2021."
    pair = one_pair(diff_texts(checker, a, b), "membership")
    assert pair.relation is Relation.AGREE
    assert "announcement and the other the signing" in pair.reason
    assert "the reference supports both" in pair.reason


def test_membership_negation_against_a_dated_joining(checker: Checker) -> None:
    a = "Saudi Arabia has not joined the Abraham Accords."
    b = "Saudi Arabia joined the Abraham Accords in 2024."
    pair = one_pair(diff_texts(checker, a, b), "membership")
    assert pair.relation is Relation.CONTRADICT
    assert pair.reason == "A puts the joining on or after 2025-11-07, B in 2024"


def test_membership_will_join_against_joined_years_ago() -> None:
    compare = comparator("membership").compare
    future = {"agreement": "abraham-accords", "countries": ["kazakhstan"], "tense": "future"}
    past = {**future, "tense": "past", "when": "2020"}
    day = dt.date(2025, 11, 6)
    assert compare(future, past, day, day)[0] == "contradict"
    assert compare(future, {**past, "when": None}, day, day)[0] == "agree"


def test_count_of_a_growing_sequence_may_rise_between_dates() -> None:
    compare = comparator("count").compare
    claim = {"number": 4, "other": False, "sequence": "participants:abraham-accords"}
    early, late = dt.date(2024, 1, 1), dt.date(2025, 11, 7)
    assert compare(claim, {**claim, "number": 5}, early, late)[0] == "agree"
    assert compare(claim, {**claim, "number": 5}, late, early)[0] == "contradict"
    assert compare(claim, {**claim, "number": 5}, late, late)[0] == "contradict"


def test_ordinal_latest_fits_a_place() -> None:
    compare = comparator("ordinal").compare
    claim = {"ordinal": 5, "sequence": "participants:abraham-accords", "subject": "kazakhstan"}
    assert compare(claim, {**claim, "ordinal": "latest"}, None, None)[0] == "agree"


def test_event_bare_weekdays_without_article_dates_compare_as_weekdays() -> None:
    compare = comparator("event_date").compare
    thursday = {
        "event": "event.kazakhstan-accords-announcement",
        "when": "on Thursday",
        "weekday": "Thursday",
    }
    friday = {**thursday, "when": "on Friday", "weekday": "Friday"}
    dated = {"event": "event.kazakhstan-accords-announcement", "when": "2025-11-06"}
    assert compare(thursday, friday, None, None)[0] == "contradict"
    assert compare(thursday, dated, None, None)[0] == "agree"
    assert compare(friday, dated, None, None)[0] == "contradict"


def test_first_since_a_gap_in_years_is_measured_from_the_article_date() -> None:
    compare = comparator("first_since").compare
    since = {"agreement": "abraham-accords", "since": 2020, "subject": "kazakhstan"}
    gap = {
        "agreement": "abraham-accords",
        "years": 5,
        "qualifier": "almost",
        "subject": "kazakhstan",
    }
    assert compare(since, gap, None, dt.date(2025, 11, 6))[0] == "agree"
    assert compare(since, gap, None, dt.date(2030, 11, 6))[0] == "contradict"


def test_age_bounds_agree_with_qualified() -> None:
    """relations.age_bounds restates relations.qualified as an interval (its ends, multiples of
    a half, are left out: the interval takes them as included)."""
    for qualifier in ("more than", "at least", "nearly", "less than", "about", "exactly"):
        least, most = age_bounds(10, qualifier)
        for step in range(50, 160):
            value = step / 10 + 0.05
            inside = (least is None or value > least) and (most is None or value < most)
            assert inside == qualified(value, 10, qualifier), (qualifier, value)


def test_claim_dates_read_back() -> None:
    assert str(claim_range("2025-11-06")) == "2025-11-06"
    assert str(claim_range("September 2020")) == "September 2020"
    assert str(claim_range("2025-11-03 to 2025-11-06")) == "2025-11-03 to 2025-11-06"
    assert claim_range("on Thursday") is None and claim_range(None) is None
    assert str(Interval(dt.date(1992, 1, 1), dt.date(1992, 12, 31))) == "in 1992"
    assert str(Interval(last=dt.date(1995, 1, 1))) == "on or before 1995-01-01"


# ---- alignment ----


def test_repeats_fold_into_one_pair_shown_by_the_conflicting_statement(checker: Checker) -> None:
    a = (
        "Morocco joined the Abraham Accords in December 2020. Later, officials said Morocco "
        "joined the Abraham Accords in 2022."
    )
    b = "Morocco joined the Abraham Accords in 2020."
    diff = diff_texts(checker, a, b)
    pair = one_pair(diff, "membership")
    assert pair.relation is Relation.CONTRADICT
    assert pair.a is not None and pair.a.verdict.value == "conflicting"
    assert pair.same_key_a == (diff.a.statements[0].id,)
    assert pair.same_key_b == ()
    alone = one_pair(diff_texts(checker, a, NEUTRAL), "membership")
    assert alone.relation is Relation.ONLY_A and alone.a.verdict.value == "conflicting"  # type: ignore[union-attr]
    assert alone.same_key_a == (diff.a.statements[0].id,)


def test_a_claim_without_a_subject_is_listed_alone_with_no_key(checker: Checker) -> None:
    diff = diff_texts(checker, "The envoy has maintained diplomatic relations since 1992.", NEUTRAL)
    assert [(p.relation, p.key) for p in diff.pairs] == [(Relation.ONLY_A, None)]


def test_swapping_the_articles_swaps_only_a_and_only_b(checker: Checker) -> None:
    a = "Morocco joined the Abraham Accords in 2022. Axios first reported it."
    b = "Morocco joined the Abraham Accords in 2020. Trump hosted five Central Asian countries."
    forward, backward = diff_texts(checker, a, b), diff_texts(checker, b, a)
    assert forward.counts == {"contradict": 1, "agree": 0, "only_a": 1, "only_b": 1}
    assert backward.counts == {"contradict": 1, "agree": 0, "only_a": 1, "only_b": 1}
    assert forward.pairs[1].a == backward.pairs[2].b


def test_pairs_come_contradictions_first_then_in_text_order(checker: Checker) -> None:
    a = (
        "Axios first reported the story. Morocco joined the Abraham Accords in December 2020. "
        "The call was placed by U.S. President Donald Trump."
    )
    b = "Morocco joined the Abraham Accords in 2020. It was former U.S. President Donald Trump."
    diff = diff_texts(checker, a, b)
    assert [p.relation for p in diff.pairs] == [
        Relation.CONTRADICT,
        Relation.AGREE,
        Relation.ONLY_A,
    ]
    assert diff.pairs[0].key == "office:donald-trump/president-of-the-united-states"


# ---- the JSON contract ----


def diff_schema_validator() -> jsonschema.Draft202012Validator:
    schemas = {
        name: json.loads((SCHEMAS / name).read_text())
        for name in ("diff.schema.json", "report.schema.json")
    }
    registry = referencing.Registry().with_resources(
        (s["$id"], referencing.Resource.from_contents(s)) for s in schemas.values()
    )
    return jsonschema.Draft202012Validator(schemas["diff.schema.json"], registry=registry)


def test_json_shape_field_by_field(checker: Checker) -> None:
    _, (a, b), _ = ARTICLES["office"]
    diff = diff_texts(checker, a + " " + NEUTRAL + " Axios first reported it.", b)
    out = io.StringIO()
    render_json(diff, out, "9.9.9")
    doc = json.loads(out.getvalue())
    assert list(doc) == ["schema", "tool", "a", "b", "pairs", "counts"]
    assert doc["schema"] == DIFF_SCHEMA == "accordcheck.diff/1"
    assert doc["tool"] == {"name": "accordcheck", "version": "9.9.9"}
    assert doc["a"] == {
        "path": "a.txt",
        "published": {"date": DAY, "source": "option", "detail": "--as-of"},
    }
    assert doc["b"]["path"] == "b.txt"
    assert doc["counts"] == {"contradict": 1, "agree": 0, "only_a": 1, "only_b": 0}
    first, second = doc["pairs"]
    assert list(first) == ["relation", "key", "a", "b", "reason", "same_key"]
    assert first["relation"] == "contradict"
    assert first["key"] == "office:donald-trump/president-of-the-united-states"
    assert first["a"] == diff.a.statements[0].to_json()
    assert first["b"] == diff.b.statements[0].to_json()
    assert first["a"]["span"]["line"] == 1 and first["a"]["verdict"] == "conflicting"
    assert first["reason"].startswith(
        "A: former President on 2025-11-06; B: President on 2025-11-06"
    )
    assert first["same_key"] == {"a": [], "b": []}
    assert second["relation"] == "only_a" and second["b"] is None
    assert second["key"] == "unverifiable:topic=first-report/who=axios"
    diff_schema_validator().validate(doc)


def test_json_of_every_relation_matches_the_schema(checker: Checker) -> None:
    validator = diff_schema_validator()
    for kind, ((a, b), (c, d), (as_of_a, as_of_b)) in ARTICLES.items():
        for x, y in ((a, b), (c, d), (a, NEUTRAL), (NEUTRAL, b)):
            doc = diff_texts(checker, x, y, as_of_a, as_of_b).to_json()
            validator.validate({**doc, "tool": {"name": "accordcheck", "version": "0"}})
            assert sum(doc["counts"].values()) == len(doc["pairs"]), kind


def test_jsonl_is_one_pair_per_line(checker: Checker) -> None:
    _, (a, b), _ = ARTICLES["count"]
    diff = diff_texts(checker, a + " Axios first reported it.", b)
    out = io.StringIO()
    render_jsonl(diff, out, "0")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == len(diff.pairs) == 2
    line_schema = diff_schema_validator().evolve(
        schema={
            "$ref": "diff.schema.json#/$defs/jsonl_line",
            "$id": "https://accordcheck.invalid/schemas/line",
        }
    )
    for line, pair in zip(lines, diff.pairs, strict=True):
        assert line == {"a_path": "a.txt", "b_path": "b.txt", **pair.to_json()}
        line_schema.validate(line)


# ---- the table ----


def test_table_sections_spans_and_inert_text(checker: Checker) -> None:
    _, (a, b), _ = ARTICLES["office"]
    diff = diff_reports(
        checker.check_text(f"{a} {NEUTRAL} Axios first reported it.", "[bold]a[/bold].txt", DAY),
        checker.check_text(b, "b\x1b[31m.txt", DAY),
    )
    out = io.StringIO()
    render_table(diff, out, "0")
    text = out.getvalue()
    assert text.index("Contradictions (1)") < text.index("Only in A (1)")
    assert "Agreements" not in text
    assert "[bold]a[/bold].txt:1:20" in text and "b\\u001b[31m.txt:1:24" in text
    assert "\x1b" not in text and "\\u001b" in text
    assert "contradictions: 1, agreements: 0, only in a: 1, only in b: 0" in text


# ---- the command: exit codes, errors, determinism ----


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, str]:
    files = {
        "five": "date: 2025-11-06\n\nTrump hosted leaders of five Central Asian countries.\n",
        "four-others": "date: 2025-11-06\n\nTrump met four other Central Asian leaders.\n",
        "six": "date: 2025-11-06\n\nTrump hosted leaders of six Central Asian countries.\n",
    }
    paths = {}
    for name, text in files.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths[name] = str(path)
    return paths


def test_exit_0_without_contradiction(
    articles: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_diff(articles["five"], articles["four-others"], "json") == 0
    assert json.loads(capsys.readouterr().out)["counts"]["agree"] == 1


def test_exit_1_with_a_contradiction(
    articles: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_diff(articles["five"], articles["six"], "jsonl") == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["relation"] == "contradict"


def test_as_of_sets_each_article_date(
    articles: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run_diff(articles["five"], articles["six"], "json", "2020-01-01", dt.date(2021, 1, 1)) == 1
    )
    doc = json.loads(capsys.readouterr().out)
    assert doc["a"]["published"]["date"] == "2020-01-01"
    assert doc["b"]["published"]["date"] == "2021-01-01"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"b": "missing.txt"}, "missing.txt: no such file"),
        ({"format": "xml"}, "unknown format 'xml'"),
        ({"as_of_a": "6 Nov 2025"}, "'6 Nov 2025' is not a date written YYYY-MM-DD"),
        ({"a": "-", "b": "-"}, "only one of the two articles can be read from standard input"),
        ({"rules": ["no-such-rules.yaml"]}, "no-such-rules.yaml"),
    ],
)
def test_exit_2_on_usage_or_input_errors(
    articles: dict[str, str], capsys: pytest.CaptureFixture[str], args: dict, message: str
) -> None:
    call = {"a": articles["five"], "b": articles["six"], "format": "json", **args}
    assert run_diff(**call) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("accordcheck: error: ") and message in captured.err


def test_exit_codes_of_a_process(articles: dict[str, str]) -> None:
    script = (
        "import sys; from accordcheck.diffcmd import run_diff; sys.exit(run_diff(*sys.argv[1:]))"
    )
    codes = [
        subprocess.run([sys.executable, "-c", script, a, b, "json"], capture_output=True).returncode
        for a, b in (
            (articles["five"], articles["four-others"]),
            (articles["five"], articles["six"]),
            (articles["five"], "missing.txt"),
        )
    ]
    assert codes == [0, 1, 2]


def test_cli_command_when_wired(articles: dict[str, str]) -> None:
    from typer.testing import CliRunner

    from accordcheck.cli import app

    if "diff" not in {c.name or c.callback.__name__ for c in app.registered_commands}:  # type: ignore[union-attr]
        pytest.skip("the diff command is not wired into accordcheck.cli yet")
    result = CliRunner().invoke(
        app, ["diff", articles["five"], articles["six"], "--format", "json"]
    )
    assert result.exit_code == 1
    assert json.loads(result.stdout)["counts"]["contradict"] == 1


def test_output_is_deterministic(
    articles: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = []
    for _ in range(2):
        for fmt in ("json", "jsonl", "table"):
            run_diff(articles["four-others"], articles["six"], fmt)
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]


def test_diff_reports_is_deterministic(checker: Checker) -> None:
    a = " ".join(pair[0] for pair, _, _ in ARTICLES.values())
    b = " ".join(pair[1] for _, pair, _ in ARTICLES.values())
    first, second = diff_texts(checker, a, b), diff_texts(checker, a, b)
    assert first == second and first.to_json() == second.to_json()
