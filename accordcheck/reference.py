"""The reference table: entities and their aliases, office terms, agreements, relations, treaties,
events, groups and ordered sequences — every row with an id and a source.

Reference files are YAML (see ``rules/reference/`` and ``schemas/reference.schema.json``). Several
files merge into one table; an id defined twice, a row without a source, an unknown key or an alias
that names two entities is an error that names the file and line.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from accordcheck.annotate import SLOT
from accordcheck.dates import DateRange
from accordcheck.record import Evidence
from accordcheck.yamlload import DataError, Located, load_yaml, schema_keys

SECTIONS = (
    "sources", "countries", "persons", "groups", "offices", "terms", "agreements",
    "participants", "relations", "treaties", "events", "sequences",
)  # fmt: skip


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str


@dataclass(frozen=True)
class Row:
    """Common to every sourced row: its id, the source, a free-text note."""

    id: str
    source: Source
    note: str = ""

    def evidence(self, fact: str) -> Evidence:
        return Evidence(self.id, fact, self.source.url, self.source.title)


@dataclass(frozen=True)
class Entity:
    id: str
    type: str  # country | person
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    arab: bool = False
    groups: tuple[str, ...] = ()
    independence: dt.date | None = None
    independence_row: Row | None = None


@dataclass(frozen=True)
class Group(Row):
    name: str = ""
    nouns: tuple[str, ...] = ()
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Office:
    id: str
    name: str
    country: str | None
    titles: tuple[str, ...]


@dataclass(frozen=True)
class Term(Row):
    office: str = ""
    person: str = ""
    start: dt.date = dt.date.min
    end: dt.date | None = None

    def covers(self, when: DateRange) -> bool:
        """Held on at least one day of the range."""
        return when.overlaps(self.start, self.end)

    def span_text(self) -> str:
        return f"from {self.start.isoformat()} to {self.end.isoformat() if self.end else 'present'}"


@dataclass(frozen=True)
class Agreement:
    id: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Participant(Row):
    agreement: str = ""
    country: str = ""
    announced: dt.date | None = None
    signed: dt.date | None = None
    status: str = "implemented"
    role: str = "member"  # or "party": the country the members' agreements are with

    @property
    def joined(self) -> dt.date:
        """The earliest recorded step (announcement, else signing)."""
        return self.announced or self.signed  # type: ignore[return-value]

    def joined_by(self, day: dt.date) -> bool:
        return self.joined <= day


@dataclass(frozen=True)
class Recognition:
    """One party's recognition of the other, to the day, month or year the source gives."""

    by: str
    days: DateRange
    row: str
    source: Source

    def evidence(self, fact: str) -> Evidence:
        return Evidence(
            f"{self.row}.recognised.{self.by}", fact, self.source.url, self.source.title
        )


@dataclass(frozen=True)
class Relation(Row):
    parties: frozenset[str] = frozenset()
    established: dt.date | None = None
    ended: dt.date | None = None
    status: str = "active"  # active | severed | never
    level: str = "full"  # full diplomatic relations, or liaison (low-level ties, no ambassadors)
    recognised: tuple[Recognition, ...] = ()


@dataclass(frozen=True)
class Treaty(Row):
    name: str = ""
    parties: frozenset[str] = frozenset()
    signed: dt.date = dt.date.min
    kind: str = "peace-treaty"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event(Row):
    name: str = ""
    start: dt.date = dt.date.min
    end: dt.date | None = None
    ongoing: bool = False
    triggers: tuple[str, ...] = ()
    kind: str = ""  # summit, visit, announcement, signing, war, coup, recognition, plan, forum, …

    @property
    def when(self) -> DateRange:
        return DateRange(self.start, self.end or self.start)


@dataclass(frozen=True)
class SequenceMember:
    country: str
    date: dt.date
    optional: str = ""  # why some sources leave this member out
    row: Row | None = None  # the row that dates this member, when it has one of its own


@dataclass(frozen=True)
class OrderedSet(Row):
    """Countries in the order they did something, some of which sources may not count."""

    name: str = ""
    members: tuple[SequenceMember, ...] = ()

    def variants(self, by: dt.date | None = None) -> list[tuple[tuple[SequenceMember, ...], str]]:
        """Every legitimate counting up to a date: each optional member in or out, with a note."""
        present = [m for m in self.members if by is None or m.date <= by]
        optional = [m for m in present if m.optional]
        out = []
        for picks in itertools.product((True, False), repeat=len(optional)):
            left_out = {m.country for m, keep in zip(optional, picks, strict=False) if not keep}
            kept = tuple(m for m in present if m.country not in left_out)
            notes = [m.optional for m, keep in zip(optional, picks, strict=False) if not keep]
            out.append((kept, "; ".join(notes)))
        return out


@dataclass
class ReferenceTable:
    sources: dict[str, Source] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    offices: dict[str, Office] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    agreements: dict[str, Agreement] = field(default_factory=dict)
    participants: list[Participant] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    treaties: list[Treaty] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sequences: dict[str, OrderedSet] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    _alias_index: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)
    _event_patterns: list[tuple[Event, Any]] = field(default_factory=list, repr=False)
    _event_gate: Any = field(default=None, repr=False, compare=False)
    # The trigger spans of the last texts asked about (see _trigger_spans).
    _trigger_memo: dict = field(default_factory=dict, repr=False, compare=False)
    _event_rows: dict[str, tuple[str, int]] = field(default_factory=dict, repr=False)

    # ---- lookups -------------------------------------------------------------------------
    def resolve(self, text: str, kind: str) -> Entity | None:
        """The entity (``country`` or ``person``) a surface form names, or None."""
        entity_id = self._alias_index.get(kind, {}).get(normalise_name(text))
        return self.entities.get(entity_id) if entity_id else None

    def name(self, entity_id: str) -> str:
        entity = self.entities.get(entity_id)
        return entity.name if entity else entity_id

    def offices_titled(self, title: str, country: str | None = None) -> list[Office]:
        index = getattr(self, "_title_index", None)
        if index is None:
            index = {}
            for o in self.offices.values():
                for t in o.titles:
                    index.setdefault(normalise_title(t), []).append(o)
            self._title_index = index
        return [
            o
            for o in dict.fromkeys(index.get(normalise_title(title), []))
            if country is None or o.country == country
        ]

    def terms_of(self, office: str) -> list[Term]:
        return sorted((t for t in self.terms if t.office == office), key=lambda t: t.start)

    def first_signing(self, agreement: str) -> Participant | None:
        """The participant row of the agreement's first signing (any role), if one is recorded."""
        signed = [p for p in self.participants if p.agreement == agreement and p.signed]
        return min(signed, key=lambda p: p.signed) if signed else None  # type: ignore[arg-type, return-value]

    def participants_of(self, agreement: str) -> list[Participant]:
        """The members (not the parties) in the order they joined."""
        return sorted(
            (p for p in self.participants if p.agreement == agreement and p.role == "member"),
            key=lambda p: (p.joined, p.country),
        )

    def parties_of(self, agreement: str) -> set[str]:
        """Countries every member's agreement is with (Israel): in no list of members."""
        return {
            p.country for p in self.participants if p.agreement == agreement and p.role == "party"
        }

    def participant(self, agreement: str, country: str) -> Participant | None:
        return next(
            (p for p in self.participants if p.agreement == agreement and p.country == country),
            None,
        )

    def relation(self, a: str, b: str) -> Relation | None:
        """The pair's first row (its full relations when it has a row of each level)."""
        return next(iter(self.relations_between(a, b)), None)

    def relations_between(self, a: str, b: str) -> list[Relation]:
        """Every row of the pair, in table order."""
        pair = frozenset((a, b))
        return [r for r in self.relations if r.parties == pair]

    def treaties_between(self, a: str, b: str) -> list[Treaty]:
        pair = frozenset((a, b))
        return sorted((t for t in self.treaties if t.parties == pair), key=lambda t: t.signed)

    def sequence(self, key: str) -> OrderedSet | None:
        """An ordered set by id; ``participants:AGREEMENT`` is built from the participants table
        (in the order their joining was announced; members not implemented are optional)."""
        if key in self.sequences:
            return self.sequences[key]
        agreement = self.agreements.get(key.removeprefix("participants:"))
        if not key.startswith("participants:") or agreement is None:
            return None
        rows = self.participants_of(agreement.id)
        if not rows:
            return None
        members = tuple(
            SequenceMember(
                p.country,
                p.joined,
                ""
                if p.status == "implemented"
                else f"{self.name(p.country)} left out ({p.status.replace('-', ' ')})",
                p,
            )
            for p in rows
        )
        return OrderedSet(
            id=key,
            source=rows[0].source,
            name=f"participants of the {agreement.name}",
            members=members,
        )

    def agreement_named(self, text: str) -> Agreement | None:
        want = normalise_name(text)
        return next(
            (a for a in self.agreements.values() if want in {normalise_name(x) for x in a.aliases}),
            None,
        )

    def treaty_named(self, text: str) -> Treaty | None:
        want = normalise_name(text)
        return next(
            (t for t in self.treaties if want in {normalise_name(a) for a in t.aliases}), None
        )

    def event_named(
        self, text: str, near: int | None = None, kinds: Iterable[str] | None = None
    ) -> Event | None:
        """The reference event whose trigger the text matches: the longest match, or with
        ``near`` (an offset into the text) the match nearest to it; only events of ``kinds``
        when given."""
        wanted = set(kinds) if kinds is not None else None
        best: tuple[tuple[int, int], Event] | None = None
        for event, spans in self._trigger_spans(text, False):
            if wanted is not None and event.kind not in wanted:
                continue
            for start, end in spans:
                if near is None:
                    score = (0, start - end)
                else:
                    score = (
                        0 if start <= near < end else min(abs(start - near), abs(end - near)),
                        0,
                    )
                if best is None or score < best[0]:
                    best = (score, event)
                if near is None:
                    break
        return best[1] if best else None

    def events_named(self, text: str) -> list[Event]:
        """Every reference event a trigger names in the text, in table order."""
        return [event for event, spans in self._trigger_spans(text, False) if spans]

    def event_in_span(self, text: str, near: int, lo: int, hi: int) -> Event | None:
        """The reference event a trigger names within ``text[lo:hi]`` (a statement in its
        sentence; the trigger may begin or end outside it): the one nearest ``near`` (the
        statement's time), the longer match on a tie."""
        best: tuple[tuple[int, int], Event] | None = None
        for event, spans in self._trigger_spans(text, True):
            for start, end in spans:
                if start >= hi or end <= lo:
                    continue
                distance = 0 if start <= near < end else min(abs(start - near), abs(end - near))
                score = (distance, start - end)
                if best is None or score < best[0]:
                    best = (score, event)
        return best[1] if best else None

    def _trigger_spans(self, text: str, overlapped: bool) -> list[tuple[Event, list]]:
        """Per event (in table order), the spans of its triggers' matches in the text
        (``finditer``, overlapped or not). A statement's checks ask about the same sentence
        many times over, so the answers for the last texts asked about are kept."""
        memo = self._trigger_memo
        if len(memo) > 256:
            memo.clear()
        found = memo.get((text, overlapped))
        if found is None:
            gate = self._event_gate
            possible = gate.possible(text) if gate else [True] * len(self._event_patterns)
            found = memo[(text, overlapped)] = [
                (
                    event,
                    [m.span() for m in pattern.finditer(text, overlapped=overlapped)]
                    if maybe
                    else [],
                )
                for (event, pattern), maybe in zip(self._event_patterns, possible, strict=True)
            ]
        return found

    def group_by_noun(self, text: str) -> Group | None:
        want = normalise_name(text)
        return next(
            (g for g in self.groups.values() if want in {normalise_name(n) for n in g.nouns}), None
        )

    # ---- macros for rule patterns -----------------------------------------------------------
    def macros(self) -> dict[str, str]:
        """Macros rule patterns may use: each kind of name is a slot over the shadow text
        (``{{country}}`` is ``@country``; see :mod:`accordcheck.annotate`), so no alias list is
        ever pasted into a pattern; ``{{group_noun}}`` and ``{{event}}`` are built from the
        groups' nouns and the events' triggers."""
        return {
            "country": "@country",
            "demonym": "@demonym",
            "capital": "@capital",
            "person": "@person",
            "title": "@title",
            "agreement": "@agreement",
            "treaty": "@treaty",
            "group_noun": alternation(n for g in self.groups.values() for n in g.nouns),
            "event": alternation_of_patterns(t for e in self.events for t in e.triggers),
        }

    def bind(self, expand: Any) -> None:
        """Compile the events' triggers, written over the shadow text, with ``expand`` (a
        lexicon's slot expansion); a bad trigger is an error naming its row."""
        self._event_patterns = []
        for event in self.events:
            try:
                body = "|".join(f"(?:{expand(t)})" for t in event.triggers)
                compiled = regex.compile(body)
            except (ValueError, regex.error) as exc:
                path, line = self._event_rows.get(event.id, ("reference", None))
                raise DataError(path, line, f"event {event.id}: bad trigger: {exc}") from None
            self._event_patterns.append((event, compiled))
        from accordcheck.prefilter import PatternGate  # it imports this module

        # The literals each event's triggers need: most sentences name no event at all.
        self._event_gate = PatternGate([p for _, p in self._event_patterns])

    # ---- loading --------------------------------------------------------------------------
    @classmethod
    def load(cls, paths: Iterable[str | Path]) -> ReferenceTable:
        table = cls()
        docs = []
        for path in reference_files(paths):
            doc = load_yaml(path)
            if doc.data is None:
                continue
            if not isinstance(doc.data, Located):
                raise DataError(doc.path, 1, "a reference file is a mapping of sections")
            unknown = [k for k in doc.data if k not in SECTIONS]
            if unknown:
                raise doc.data.error(
                    f"unknown section {unknown[0]!r} (expected one of: {', '.join(SECTIONS)})",
                    unknown[0],
                )
            docs.append(doc.data)
            table.files.append(doc.path)
        builder = _Builder(table)
        for section in SECTIONS:
            for data in docs:
                rows = data.get(section)
                if rows is None:
                    continue
                if not isinstance(rows, list):
                    raise data.error(f"section {section!r} must be a list", section)
                for row in rows:
                    if not isinstance(row, Located):
                        raise data.error(f"each entry of {section!r} must be a mapping", section)
                    getattr(builder, section)(row)
        builder.finish()
        return table


# ---------------------------------------------------------------------------------------------
_PARTIAL_DATE = regex.compile(r"^(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?$")


def _partial_date(text: str) -> DateRange | None:
    """A day, a month or a year written YYYY-MM-DD, YYYY-MM or YYYY."""
    m = _PARTIAL_DATE.match(text)
    if m is None:
        return None
    try:
        year = int(m["y"])
        if m["d"]:
            return DateRange.day(dt.date(year, int(m["m"]), int(m["d"])))
        if m["m"]:
            return DateRange.month(year, int(m["m"]))
    except ValueError:
        return None
    return DateRange.year(year)


def normalise_name(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")
    text = regex.sub(r"['’]s$", "", text.strip())
    text = regex.sub(r"^the\s+", "", text, flags=regex.I)
    return " ".join(text.split()).casefold()


def normalise_title(text: str) -> str:
    return " ".join(text.replace("-", " ").split()).casefold()


def _flexible(literal: str) -> str:
    """A literal as a pattern that tolerates the typographic variants articles use."""
    out = []
    for ch in literal:
        if ch in "'’":
            out.append("['’]")
        elif ch == " ":
            out.append(r"\s+")
        elif ch == "-":
            out.append(r"[-‐‑–\s]")
        else:
            out.append(regex.escape(ch))
    return "".join(out)


def alternation(literals: Iterable[str], title_case_variants: bool = False) -> str:
    """One non-capturing alternation of literals, longest first, bounded so that a name never
    matches inside a longer word."""
    variants = set()
    for lit in literals:
        if not lit:
            continue
        variants.add(lit)
        if lit.startswith("the "):
            variants.add("The" + lit[3:])
        if title_case_variants:
            variants.add(lit.lower())
            variants.add(lit[:1].upper() + lit[1:].lower())
            variants.add(" ".join(w[:1].upper() + w[1:] for w in lit.split()))
    if not variants:
        return r"(?!)"
    body = "|".join(_flexible(v) for v in sorted(variants, key=lambda v: (-len(v), v)))
    return rf"(?<![\w.])(?:{body})(?![\w])"


def alternation_of_patterns(patterns: Iterable[str]) -> str:
    parts = sorted(set(patterns))
    return "(?:" + "|".join(f"(?:{p})" for p in parts) + ")" if parts else r"(?!)"


def reference_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(x for x in p.rglob("*") if x.suffix in {".yaml", ".yml"})
        else:
            yield p


class _Builder:
    """Turns validated YAML rows into table rows, checking keys, types and references."""

    def __init__(self, table: ReferenceTable):
        self.t = table
        self.ids: dict[str, tuple[str, int]] = {}
        self.pending: list[tuple[Located, str, str, str]] = []  # row, key, kind, id

    # ---- field helpers ----
    def _keys(self, row: Located, definition: str) -> None:
        """Required and allowed keys come from schemas/reference.schema.json."""
        required, allowed = schema_keys("reference", definition)
        for key in required:
            if key not in row or row[key] in (None, "", []):
                raise row.error(f"missing required key {key!r}")
        for key in row:
            if key not in allowed:
                raise row.error(f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})", key)

    def _id(self, row: Located) -> str:
        rid = row["id"]
        if not isinstance(rid, str) or not regex.fullmatch(r"[a-z0-9][a-z0-9._+-]*", rid):
            raise row.error(f"id {rid!r} must be lowercase letters, digits, '.', '-', '_'", "id")
        if rid in self.ids:
            first = self.ids[rid]
            raise row.error(f"duplicate id {rid!r} (first defined at {first[0]}:{first[1]})", "id")
        self.ids[rid] = (row.path, row.line)
        return rid

    def _str(self, row: Located, key: str, default: str = "") -> str:
        value = row.get(key, default)
        if value is None:
            return default
        if not isinstance(value, str):
            raise row.error(f"{key!r} must be a string", key)
        return value

    def _strs(self, row: Located, key: str) -> tuple[str, ...]:
        value = row.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise row.error(f"{key!r} must be a list of strings", key)
        return tuple(value)

    def _date(self, row: Located, key: str, required: bool = False) -> dt.date | None:
        value = row.get(key)
        if value is None:
            if required:
                raise row.error(f"missing required date {key!r}")
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise row.error(f"{key!r} must be a real date written YYYY-MM-DD, got {value!r}", key)

    def _source(self, row: Located) -> Source:
        sid = row.get("source")
        if not sid:
            raise row.error("every row needs a 'source'")
        if isinstance(sid, Located):
            self._keys(sid, "inline_source")
            return Source(f"{row.get('id')}#source", str(sid["title"]), str(sid["url"]))
        if not isinstance(sid, str) or sid not in self.t.sources:
            raise row.error(f"unknown source {sid!r}", "source")
        return self.t.sources[sid]

    def _ref(self, row: Located, key: str, kind: str) -> str:
        value = row.get(key)
        if not isinstance(value, str):
            raise row.error(f"{key!r} must be an id", key)
        self.pending.append((row, key, kind, value))
        return value

    def _row(self, row: Located) -> dict[str, Any]:
        return {"id": self._id(row), "source": self._source(row), "note": self._str(row, "note")}

    # ---- sections ----
    def sources(self, row: Located) -> None:
        self._keys(row, "sources")
        sid = self._id(row)
        self.t.sources[sid] = Source(sid, self._str(row, "title"), self._str(row, "url"))

    def _entity(self, row: Located, kind: str) -> None:
        self._keys(row, f"{kind}s" if kind == "person" else "countries")
        eid = self._id(row)
        name = self._str(row, "name")
        aliases = tuple(dict.fromkeys((name, *self._strs(row, "aliases"))))
        independence = independence_row = None
        if "independence" in row:
            ind = row["independence"]
            if not isinstance(ind, Located):
                raise row.error(
                    "'independence' must be a mapping with date and source", "independence"
                )
            self._keys(ind, "independence")
            independence = self._date(ind, "date", required=True)
            independence_row = Row(f"{eid}.independence", self._source(ind), self._str(ind, "note"))
        entity = Entity(
            id=eid,
            type=kind,
            name=name,
            aliases=aliases,
            demonyms=self._strs(row, "demonyms"),
            capitals=self._strs(row, "capitals"),
            arab=bool(row.get("arab", False)),
            groups=self._strs(row, "groups"),
            independence=independence,
            independence_row=independence_row,
        )
        self.t.entities[eid] = entity
        index = self.t._alias_index.setdefault(kind, {})
        for surface in (*entity.aliases, *entity.demonyms, *entity.capitals):
            key = normalise_name(surface)
            if key in index and index[key] != eid:
                raise row.error(f"alias {surface!r} already names {index[key]!r}", "aliases")
            index[key] = eid

    def countries(self, row: Located) -> None:
        self._entity(row, "country")

    def persons(self, row: Located) -> None:
        self._entity(row, "person")

    def groups(self, row: Located) -> None:
        self._keys(row, "groups")
        base = self._row(row)
        members = self._strs(row, "members")
        for m in members:
            self.pending.append((row, "members", "country", m))
        self.t.groups[base["id"]] = Group(
            **base, name=self._str(row, "name"), nouns=self._strs(row, "nouns"), members=members
        )

    def offices(self, row: Located) -> None:
        self._keys(row, "offices")
        oid = self._id(row)
        country = row.get("country")
        if country is not None:
            self._ref(row, "country", "country")
        self.t.offices[oid] = Office(
            oid, self._str(row, "name"), country, self._strs(row, "titles")
        )

    def terms(self, row: Located) -> None:
        self._keys(row, "terms")
        term = Term(
            **self._row(row),
            office=self._ref(row, "office", "office"),
            person=self._ref(row, "person", "person"),
            start=self._date(row, "start", required=True),  # type: ignore[arg-type]
            end=self._date(row, "end"),
        )
        if term.end and term.end < term.start:
            raise row.error("'end' is before 'start'", "end")
        self.t.terms.append(term)

    def agreements(self, row: Located) -> None:
        self._keys(row, "agreements")
        aid = self._id(row)
        name = self._str(row, "name")
        self.t.agreements[aid] = Agreement(aid, name, (name, *self._strs(row, "aliases")))

    def participants(self, row: Located) -> None:
        self._keys(row, "participants")
        p = Participant(
            **self._row(row),
            agreement=self._ref(row, "agreement", "agreement"),
            country=self._ref(row, "country", "country"),
            announced=self._date(row, "announced"),
            signed=self._date(row, "signed"),
            status=self._str(row, "status", "implemented"),
            role=self._str(row, "role", "member"),
        )
        if p.role not in ("member", "party"):
            raise row.error("'role' must be member or party", "role")
        if p.announced is None and p.signed is None:
            raise row.error("a participant needs an 'announced' or a 'signed' date")
        if p.announced and p.signed and p.signed < p.announced:
            raise row.error("'signed' is before 'announced'", "signed")
        self.t.participants.append(p)

    def relations(self, row: Located) -> None:
        self._keys(row, "relations")
        parties = self._strs(row, "parties")
        if len(parties) != 2:
            raise row.error("'parties' must name two countries", "parties")
        for p in parties:
            self.pending.append((row, "parties", "country", p))
        status = self._str(row, "status", "active")
        if status not in {"active", "severed", "never"}:
            raise row.error("'status' must be active, severed or never", "status")
        base = self._row(row)
        level = self._str(row, "level", "full")
        if level not in ("full", "liaison"):
            raise row.error("'level' must be full or liaison", "level")
        recognised = []
        for entry in row.get("recognised") or []:
            if not isinstance(entry, Located):
                raise row.error("each 'recognised' entry is a mapping", "recognised")
            self._keys(entry, "recognition")
            days = _partial_date(str(entry["date"]))
            if days is None:
                raise entry.error(
                    f"'date' must be YYYY-MM-DD, YYYY-MM or YYYY, got {entry['date']!r}", "date"
                )
            if entry["by"] not in parties:
                raise entry.error(f"'by' must be one of the parties {parties}", "by")
            recognised.append(Recognition(str(entry["by"]), days, base["id"], self._source(entry)))
        rel = Relation(
            **base,
            parties=frozenset(parties),
            established=self._date(row, "established", required=status != "never"),
            ended=self._date(row, "ended"),
            status=status,
            level=level,
            recognised=tuple(recognised),
        )
        if rel.ended and rel.established and rel.ended < rel.established:
            raise row.error("'ended' is before 'established'", "ended")
        self.t.relations.append(rel)

    def treaties(self, row: Located) -> None:
        self._keys(row, "treaties")
        parties = self._strs(row, "parties")
        for p in parties:
            self.pending.append((row, "parties", "country", p))
        self.t.treaties.append(
            Treaty(
                **self._row(row),
                name=self._str(row, "name"),
                parties=frozenset(parties),
                signed=self._date(row, "signed", required=True),  # type: ignore[arg-type]
                kind=self._str(row, "kind", "peace-treaty"),
                aliases=(self._str(row, "name"), *self._strs(row, "aliases")),
            )
        )

    def events(self, row: Located) -> None:
        self._keys(row, "events")
        triggers = self._strs(row, "triggers")
        for t in triggers:
            try:
                # Slots (@country …) are checked when the lexicon compiles the triggers.
                regex.compile(SLOT.sub("x", t))
            except regex.error as exc:
                raise row.error(
                    f"trigger {t!r} is not a valid pattern: {exc}", "triggers"
                ) from None
        event = Event(
            **self._row(row),
            name=self._str(row, "name"),
            start=self._date(row, "start", required=True),  # type: ignore[arg-type]
            end=self._date(row, "end"),
            ongoing=bool(row.get("ongoing", False)),
            triggers=triggers,
            kind=self._str(row, "kind"),
        )
        self.t.events.append(event)
        self.t._event_rows[event.id] = (row.path, row.line_of("triggers"))

    def sequences(self, row: Located) -> None:
        self._keys(row, "sequences")
        members = []
        for m in row["members"] if isinstance(row["members"], list) else []:
            if not isinstance(m, Located):
                raise row.error("each sequence member is a mapping", "members")
            self._keys(m, "sequence_member")
            self.pending.append((m, "country", "country", m["country"]))
            members.append(
                SequenceMember(m["country"], self._date(m, "date", True), self._str(m, "optional"))  # type: ignore[arg-type]
            )
        if not members:
            raise row.error("'members' must be a non-empty list", "members")
        dates = [m.date for m in members]
        if dates != sorted(dates):
            raise row.error("sequence members must be in date order", "members")
        base = self._row(row)
        self.t.sequences[base["id"]] = OrderedSet(
            **base, name=self._str(row, "name"), members=tuple(members)
        )

    def finish(self) -> None:
        known: dict[str, set[str]] = defaultdict(set)
        for e in self.t.entities.values():
            known[e.type].add(e.id)
        known["office"] = set(self.t.offices)
        known["agreement"] = set(self.t.agreements)
        for row, key, kind, value in self.pending:
            if value not in known[kind]:
                raise row.error(f"{key!r}: unknown {kind} {value!r}", key)
        for entity in self.t.entities.values():
            for g in entity.groups:
                if g not in self.t.groups:
                    raise DataError("reference", None, f"{entity.id}: unknown group {g!r}")


def lint_reference(table: ReferenceTable) -> list[str]:
    """Problems in a loaded table that loading alone does not catch: overlapping terms of one
    office, sequences out of order, events ending before they start. One line each."""
    problems = []
    by_office: dict[str, list[Term]] = defaultdict(list)
    for term in table.terms:
        by_office[term.office].append(term)
    for office, terms in by_office.items():
        terms.sort(key=lambda t: t.start)
        for before, after in itertools.pairwise(terms):
            if before.end is None or before.end > after.start:
                problems.append(
                    f"{office}: terms {before.id} and {after.id} overlap "
                    f"({before.span_text()}; {after.span_text()})"
                )
    for event in table.events:
        if event.end and event.end < event.start:
            problems.append(f"{event.id}: ends before it starts")
    return problems
