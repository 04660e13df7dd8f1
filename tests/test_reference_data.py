"""The reference table tests its own data (as codespell lints its dictionaries), and a broken
reference file is refused with an error naming the file and line."""

from __future__ import annotations

import datetime as dt
import itertools
import textwrap
from collections import Counter
from pathlib import Path

import pytest
import regex
import yaml

from accordcheck.api import packaged_rules_dir
from accordcheck.reference import ReferenceTable, normalise_name
from accordcheck.yamlload import DataError

REFERENCE_DIR = packaged_rules_dir() / "reference"
REFERENCE_FILES = sorted(REFERENCE_DIR.glob("*.yaml"))
URL = regex.compile(r"https?://[^\s/]+\.[^\s]+")


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return ReferenceTable.load([REFERENCE_DIR])


@pytest.fixture(scope="module")
def raw_rows() -> list[tuple[str, str, dict]]:
    """Every row of every section, read with plain PyYAML (independently of the loader)."""
    rows = []
    for path in REFERENCE_FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for section, entries in data.items():
            rows.extend((path.name, section, row) for row in entries)
    return rows


def sourced_rows(table: ReferenceTable) -> list:
    independence = [e.independence_row for e in table.entities.values() if e.independence_row]
    return [
        *table.groups.values(),
        *table.terms,
        *table.participants,
        *table.relations,
        *table.treaties,
        *table.events,
        *table.sequences.values(),
        *independence,
    ]


def test_every_shipped_file_is_loaded(table):
    assert sorted(Path(f).name for f in table.files) == [p.name for p in REFERENCE_FILES]


def test_ids_are_unique_across_all_sections(raw_rows):
    counts = Counter(row["id"] for _, _, row in raw_rows if "id" in row)
    assert [i for i, n in counts.items() if n > 1] == []


def test_every_row_has_a_source_with_a_title_and_a_web_address(table):
    rows = sourced_rows(table)
    assert len(rows) > 50
    for row in rows:
        assert row.source.title.strip(), row.id
        assert URL.fullmatch(row.source.url), (row.id, row.source.url)


def test_every_source_has_a_title_and_a_web_address(table):
    for source in table.sources.values():
        assert source.title.strip(), source.id
        assert URL.fullmatch(source.url), (source.id, source.url)


def test_raw_rows_name_known_sources(raw_rows):
    known = {row["id"] for _, section, row in raw_rows if section == "sources"}
    for name, section, row in raw_rows:
        if section in {"sources", "countries", "persons", "offices", "agreements"}:
            continue
        assert row.get("source") in known, (name, section, row.get("id"))


def test_terms_of_one_office_do_not_overlap(table):
    for office in table.offices:
        terms = table.terms_of(office)
        for term in terms:
            assert term.end is None or term.start <= term.end, term.id
        for before, after in itertools.pairwise(terms):
            # The hand-over day belongs to both: a term ends on its successor's first day.
            assert before.end is not None, f"{before.id} is open but {after.id} follows it"
            assert before.end <= after.start, (before.id, after.id)


def test_every_term_names_a_known_office_and_person(table):
    for term in table.terms:
        assert term.office in table.offices
        assert table.entities[term.person].type == "person"


def test_participants_announced_no_later_than_signed(table):
    assert table.participants
    for p in table.participants:
        assert p.announced or p.signed, p.id
        if p.announced and p.signed:
            assert p.announced <= p.signed, p.id


def test_relations_end_after_they_begin(table):
    for rel in table.relations:
        assert len(rel.parties) == 2
        if rel.status == "never":
            assert rel.established is None
        else:
            assert rel.established is not None, rel.id
        if rel.ended:
            assert rel.established and rel.established <= rel.ended, rel.id


def test_every_alias_resolves_to_exactly_one_entity(table):
    owners: dict[str, set[str]] = {}
    for entity in table.entities.values():
        for surface in (*entity.aliases, *entity.demonyms, *entity.capitals):
            owners.setdefault(normalise_name(surface), set()).add(entity.id)
            resolved = table.resolve(surface, entity.type)
            assert resolved is not None and resolved.id == entity.id, surface
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_every_event_trigger_compiles_and_names_its_event(table):
    for event in table.events:
        assert event.triggers, event.id
        for trigger in event.triggers:
            regex.compile(trigger)
        if event.end:
            assert event.start <= event.end, event.id


def test_sequences_are_in_date_order_and_name_countries(table):
    assert table.sequences
    for seq in table.sequences.values():
        dates = [m.date for m in seq.members]
        assert dates == sorted(dates), seq.id
        for m in seq.members:
            assert table.entities[m.country].type == "country"


def test_participant_sequence_is_in_joining_order(table):
    seq = table.sequence("participants:abraham-accords")
    assert seq is not None
    assert [m.country for m in seq.members] == [
        "united-arab-emirates",
        "bahrain",
        "sudan",
        "morocco",
        "kazakhstan",
    ]


def test_group_members_are_countries(table):
    for group in table.groups.values():
        for member in group.members:
            assert table.entities[member].type == "country"


# ---- broken reference files -----------------------------------------------------------------

HEADER = """\
sources:
  - id: src.chronicle
    title: The Narnian Chronicle
    url: https://example.org/chronicle
countries:
  - id: narnia
    name: Narnia
persons:
  - id: jadis
    name: Jadis
offices:
  - id: queen-of-narnia
    name: Queen of Narnia
    country: narnia
    titles: [Queen]
"""


def load_one(tmp_path: Path, body: str) -> ReferenceTable:
    path = tmp_path / "ref.yaml"
    path.write_text(HEADER + textwrap.dedent(body), encoding="utf-8")
    return ReferenceTable.load([path])


def test_a_valid_small_file_loads(tmp_path):
    table = load_one(
        tmp_path,
        """\
        terms:
          - id: term.jadis
            office: queen-of-narnia
            person: jadis
            start: 1900-01-01
            source: src.chronicle
        """,
    )
    assert [t.person for t in table.terms_of("queen-of-narnia")] == ["jadis"]
    assert table.terms[0].start == dt.date(1900, 1, 1)


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        pytest.param(
            """\
            terms:
              - id: term.jadis
                office: queen-of-narnia
                person: jadis
                start: 1900-01-01
                source: src.chronicle
                colour: white
            """,
            22,
            "unknown key 'colour'",
            id="unknown-key",
        ),
        pytest.param(
            """\
            terms:
              - id: term.jadis
                office: queen-of-narnia
                person: jadis
                start: 1900-01-01
            """,
            17,
            "missing required key 'source'",
            id="missing-source",
        ),
        pytest.param(
            """\
            terms:
              - id: term.jadis
                office: queen-of-narnia
                person: jadis
                start: 1900-01-01
                source: src.unheard-of
            """,
            21,
            "unknown source 'src.unheard-of'",
            id="unknown-source",
        ),
        pytest.param(
            """\
            terms:
              - id: term.jadis
                office: queen-of-narnia
                person: jadis
                start: "2025-02-30"
                source: src.chronicle
            """,
            20,
            "'start' must be a real date written YYYY-MM-DD",
            id="bad-quoted-date",
        ),
        pytest.param(
            """\
            terms:
              - id: term.aslan
                office: queen-of-narnia
                person: aslan
                start: 1900-01-01
                source: src.chronicle
            """,
            19,
            "'person': unknown person 'aslan'",
            id="unknown-person-in-term",
        ),
        pytest.param(
            """\
            terms:
              - id: term.jadis
                office: queen-of-narnia
                person: jadis
                start: 1900-01-01
                end: 1899-01-01
                source: src.chronicle
            """,
            21,
            "'end' is before 'start'",
            id="end-before-start",
        ),
        pytest.param(
            """\
            events:
              - id: event.winter
                name: Endless winter
                start: 1900-01-01
                triggers: ["winter ("]
                source: src.chronicle
            """,
            20,
            "trigger 'winter (' is not a valid pattern",
            id="bad-trigger",
        ),
        pytest.param(
            """\
            relations:
              - id: rel.narnia-archenland
                parties: [narnia, archenland]
                established: 1900-01-01
                level: embassy
                source: src.chronicle
            """,
            20,
            "'level' must be full or liaison",
            id="relation-level",
        ),
        pytest.param(
            """\
            relations:
              - id: rel.narnia-calormen
                parties: [narnia, calormen]
                established: 1900-01-01
                recognised:
                  - {by: narnia, date: "1899-13", source: src.chronicle}
                source: src.chronicle
            """,
            21,
            "'date' must be YYYY-MM-DD, YYYY-MM or YYYY",
            id="recognised-impossible-month",
        ),
        pytest.param(
            """\
            sequences:
              - id: seq.rulers
                name: Rulers
                source: src.chronicle
                members:
                  - {country: narnia, date: 1950-01-01}
                  - {country: narnia, date: 1900-01-01}
            """,
            20,
            "sequence members must be in date order",
            id="sequence-out-of-order",
        ),
        pytest.param(
            """\
            participants:
              - id: pact.narnia
                agreement: abraham-accords
                country: narnia
                announced: 2020-01-01
                source: src.chronicle
            """,
            18,
            "'agreement': unknown agreement 'abraham-accords'",
            id="unknown-agreement",
        ),
        pytest.param(
            """\
            kingdoms:
              - id: narnia
            """,
            16,
            "unknown section 'kingdoms'",
            id="unknown-section",
        ),
    ],
)
def test_broken_reference_file_names_file_and_line(tmp_path, body, line, words):
    with pytest.raises(DataError) as caught:
        load_one(tmp_path, body)
    err = caught.value
    message = str(err)
    assert "\n" not in message
    assert message.startswith(f"{tmp_path / 'ref.yaml'}:{line}:"), message
    assert err.line == line
    assert words in message


@pytest.mark.parametrize(
    ("second", "line", "words"),
    [
        pytest.param(
            """\
            countries:
              - id: narnia
                name: Narnia Again
            """,
            2,
            "duplicate id 'narnia' (first defined at {first}:6)",
            id="duplicate-id",
        ),
        pytest.param(
            """\
            persons:
              - id: white-witch
                name: The White Witch
                aliases: [Jadis]
            """,
            4,
            "alias 'Jadis' already names 'jadis'",
            id="alias-names-two-entities",
        ),
    ],
)
def test_second_file_clashing_with_the_first(tmp_path, second, line, words):
    first = tmp_path / "a.yaml"
    first.write_text(HEADER, encoding="utf-8")
    other = tmp_path / "b.yaml"
    other.write_text(textwrap.dedent(second), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        ReferenceTable.load([tmp_path])
    message = str(caught.value)
    assert message.startswith(f"{other}:{line}:"), message
    assert words.format(first=first) in message


@pytest.mark.parametrize("written", ["2025-02-30", "2025-13-01"])
def test_unquoted_impossible_date_is_a_data_error(tmp_path, written):
    with pytest.raises(DataError) as caught:
        load_one(
            tmp_path,
            f"""\
            terms:
              - id: term.jadis
                office: queen-of-narnia
                person: jadis
                start: 1900-01-01
                end: {written}
                source: src.chronicle
            """,
        )
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'ref.yaml'}:21:"), message
    assert "not a real date" in message


def test_the_shipped_checker_refuses_a_broken_extra_reference_file(tmp_path):
    from accordcheck.api import Checker

    broken = tmp_path / "extra.yaml"
    broken.write_text("persons:\n  - id: trump\n    name: Another Trump\n    aliases: [Trump]\n")
    with pytest.raises(DataError, match=r"extra\.yaml:4:\d+: alias 'Trump' already names"):
        Checker.from_paths(reference=[broken])
