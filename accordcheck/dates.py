"""Calendar arithmetic and the parsing of date expressions as journalists write them.

A *time expression* is what an article says ("Thursday (Nov 7)", "in December 2020", "last
month"); resolving it against the article's date gives a :class:`DateRange`. Parsing never raises
on arbitrary text: it returns ``None`` when the text is not a date expression.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

import regex

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_NAMES = tuple(w.capitalize() for w in WEEKDAYS)
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_MONTH = (
    r"(?P<month>(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)(?![a-z])"
)
_DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)[0-9]{2})"
_WEEKDAY = r"(?P<weekday>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?)"
_DATE_FORMS = [
    rf"{_YEAR}-(?P<mnum>[01][0-9])-{_DAY}",
    rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?",
    rf"{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?",
    rf"{_MONTH},?\s+{_YEAR}",
    rf"{_MONTH}",
    rf"(?:the\s+)?(?:year\s+)?{_YEAR}",
]
_RELATIVE = {
    "today": "today",
    "tonight": "today",
    "this morning": "today",
    "this afternoon": "today",
    "this evening": "today",
    "earlier in the day": "today",
    "later in the day": "today",
    "earlier that day": "today",
    "yesterday": "yesterday",
    "last night": "yesterday",
    "this week": "this-week",
    "earlier this week": "earlier-this-week",
    "later this week": "later-this-week",
    "last week": "last-week",
    "next week": "next-week",
    "earlier this month": "earlier-this-month",
    "later this month": "later-this-month",
    "this month": "this-month",
    "last month": "last-month",
    "next month": "next-month",
    "this year": "this-year",
    "earlier this year": "earlier-this-year",
    "later this year": "later-this-year",
    "last year": "last-year",
    "next year": "next-year",
}
_PREFIX = r"(?:(?:on|in|at|during|by|from|since|as\s+of|early|late|earlier|later|at\s+least)\s+)*"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_PARSE = regex.compile(
    rf"^{_PREFIX}(?:{_WEEKDAY}{_PART}(?:,?\s*\(?\s*(?:the\s+)?(?:{'|'.join(_DATE_FORMS[:3])})\s*\)?)?"
    rf"|{'|'.join(_DATE_FORMS)})[\s.,;:)]*$",
    regex.IGNORECASE | regex.VERSION0,
)
# "September of last year": the month in the year before the article's (or this, or next).
_MONTH_OF_YEAR = regex.compile(
    rf"^(?:in\s+)?{_MONTH}\s+of\s+(?P<which>last|this|next)\s+year[\s.,;:)]*$", regex.IGNORECASE
)
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
# "last December": the latest December before the article's month (in December, last year's).
_LAST_MONTH = regex.compile(rf"^(?:in\s+)?last\s+{_MONTH}[\s.,;:)]*$", regex.IGNORECASE)
_LAST_WEEKDAY = regex.compile(rf"^(?:on\s+)?last\s+{_WEEKDAY}{_PART}[\s.,;:)]*$", regex.IGNORECASE)
_DECADE = regex.compile(
    rf"^{_PREFIX}(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?P<decade>(?:1[89]|20)[0-9]0)['’]?s[\s.,;:)]*$",
    regex.IGNORECASE,
)
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
_SEASON_PARSE = regex.compile(
    rf"^{_PREFIX}(?:(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?{_SEASON}(?:\s+of)?\s+{_YEAR}"
    rf"|(?P<which>last|this|next|this\s+past)\s+{_SEASON})$",
    regex.IGNORECASE,
)
_RELATIVE_PARSE = regex.compile(
    rf"^{_PREFIX}?(?P<rel>{'|'.join(sorted(_RELATIVE, key=len, reverse=True))})[\s.,;:)]*$",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of days; a single day when ``first == last``."""

    first: dt.date
    last: dt.date

    @classmethod
    def day(cls, d: dt.date) -> DateRange:
        return cls(d, d)

    @classmethod
    def year(cls, y: int) -> DateRange:
        return cls(dt.date(y, 1, 1), dt.date(y, 12, 31))

    @classmethod
    def month(cls, y: int, m: int) -> DateRange:
        return cls(dt.date(y, m, 1), month_end(y, m))

    def contains(self, d: dt.date) -> bool:
        return self.first <= d <= self.last

    def overlaps(self, first: dt.date, last: dt.date | None) -> bool:
        return first <= self.last and (last is None or last >= self.first)

    @property
    def is_day(self) -> bool:
        return self.first == self.last

    def __str__(self) -> str:
        if self.is_day:
            return self.first.isoformat()
        if self.first.day == 1 and self.last == month_end(self.first.year, self.first.month):
            return f"{MONTH_NAMES[self.first.month - 1]} {self.first.year}"
        whole_year = (self.first.month, self.first.day, self.last.month, self.last.day) == (
            1,
            1,
            12,
            31,
        )
        if whole_year and self.first.year == self.last.year:
            return str(self.first.year)
        if whole_year:
            return f"{self.first.year}–{self.last.year}"
        return f"{self.first.isoformat()} to {self.last.isoformat()}"


@dataclass(frozen=True)
class TimeExpr:
    """A parsed time expression; fields the text did not give are ``None``."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: str | None = None
    before: bool = False  # "last Thursday": strictly before the article date
    decade: bool = False  # "the 1990s": year is the decade's first year
    last_year: int | None = None  # "2020-2021": a range of whole years from ``year``
    season: int | None = None  # "the fall of 2020": the season's first month (with ``year``)
    year_shift: int | None = None  # "September of last year": the article's year plus this

    @property
    def has_date(self) -> bool:
        return self.month is not None or self.year is not None

    @property
    def needs_anchor(self) -> bool:
        """True when resolving needs the article's date (no year given)."""
        return self.year is None

    @property
    def refers_to_now(self) -> bool:
        """A bare weekday or 'today'-like words: a report of something happening now."""
        return (self.weekday is not None and not self.has_date) or self.relative == "today"


def month_end(y: int, m: int) -> dt.date:
    return (dt.date(y + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)


def weekday_name(d: dt.date) -> str:
    return WEEKDAY_NAMES[d.weekday()]


def format_day(d: dt.date) -> str:
    return f"{weekday_name(d)}, {MONTH_NAMES[d.month - 1]} {d.day}, {d.year}"


def parse_iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except (ValueError, TypeError):
        return None


def _month_number(token: str) -> int | None:
    return MONTHS.get(token.lower().rstrip(".")[:3])


def _weekday_number(token: str) -> int | None:
    prefix = token.lower()[:3]
    return next((i for i, name in enumerate(WEEKDAYS) if name.startswith(prefix)), None)


def parse_time_expr(text: str) -> TimeExpr | None:
    """Parse one time expression; ``None`` when the text is not one (or names no real date)."""
    text = " ".join(text.split())
    span = _RANGE.fullmatch(text.strip(" .,;:)"))
    if span:
        first, last = int(span.group("a")), span.group("b")
        last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        return TimeExpr(year=first, last_year=last_year) if last_year > first else None
    bracketed = _DATE_THEN_WEEKDAY.match(text)
    if bracketed:
        inner = parse_time_expr(bracketed.group("date"))
        if inner is None or inner.day is None:
            return None
        return TimeExpr(
            inner.year, inner.month, inner.day, _weekday_number(bracketed.group("weekday"))
        )
    rel = _RELATIVE_PARSE.match(text)
    if rel:
        return TimeExpr(relative=_RELATIVE[rel.group("rel").lower()])
    for form, pattern in (("ago", _AGO_PARSE), ("past", _PAST_PARSE)):
        found = pattern.match(text.strip(" .,;:)"))
        if found:
            count = _count(found.group("n") or "1")
            bend = ""
            if form == "ago":
                qualifier = " ".join((found.group("q") or "").lower().split())
                bend = "today" if found.group("today") else _AGO_BENDS.get(qualifier, "")
            return TimeExpr(relative=f"{form}:{count}:{found.group('unit').lower()}:{bend}")
    season = _SEASON_PARSE.match(text.strip(" .,;:)"))
    if season:
        start = SEASONS[season.group("season").lower()]
        if season.group("year"):
            return TimeExpr(year=int(season.group("year")), season=start)
        which = season.group("which").lower().split()
        when = "last" if which[-1] == "past" else which[0]
        return TimeExpr(relative=f"season:{when}:{start}")
    of_year = _MONTH_OF_YEAR.match(text)
    if of_year:
        shift = _YEAR_SHIFT[of_year.group("which").lower()]
        return TimeExpr(month=_month_number(of_year.group("month")), year_shift=shift)
    last_month = _LAST_MONTH.match(text)
    if last_month:
        return TimeExpr(month=_month_number(last_month.group("month")), before=True)
    last = _LAST_WEEKDAY.match(text)
    if last:
        return TimeExpr(weekday=_weekday_number(last.group("weekday")), before=True)
    decade = _DECADE.match(text)
    if decade:
        return TimeExpr(year=int(decade.group("decade")), decade=True)
    m = _PARSE.match(text)
    if not m:
        return None
    caps = {k: v for k, v in m.groupdict().items() if v}
    year = int(caps["year"]) if "year" in caps else None
    month = None
    if "mnum" in caps:
        month = int(caps["mnum"])
    elif "month" in caps:
        month = _month_number(caps["month"])
    day = int(caps["day"]) if "day" in caps else None
    weekday = _weekday_number(caps["weekday"]) if "weekday" in caps else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if day is not None and month is not None and year is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    if year is None and month is None and weekday is None:
        return None
    return TimeExpr(year=year, month=month, day=day, weekday=weekday)


def _nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with this month and day closest to the anchor (articles talk about the near past
    and near future, so 'Dec 30' in a January article is last year's)."""
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - anchor).days), d))


def _latest_on_or_before(month: int, day: int, anchor: dt.date) -> dt.date | None:
    for y in (anchor.year, anchor.year - 1, anchor.year - 2):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if d <= anchor:
            return d
    return None


def weekday_on_or_before(weekday: int, anchor: dt.date) -> dt.date:
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def resolve(expr: TimeExpr, anchor: dt.date | None, past: bool = False) -> DateRange | None:
    """The days an expression denotes, given the article date; ``None`` if it needs an unknown one.
    With ``past``, a date without a year is the latest such date on or before the article date
    (for statements about what already happened)."""
    if expr.relative:
        return _resolve_relative(expr.relative, anchor) if anchor else None
    if expr.month is not None and expr.day is not None:
        if expr.year is not None:
            return DateRange.day(dt.date(expr.year, expr.month, expr.day))
        if anchor is None:
            return None
        d = _latest_on_or_before(expr.month, expr.day, anchor) if past else None
        d = d or _nearest_year(expr.month, expr.day, anchor)
        return DateRange.day(d) if d else None
    if expr.month is not None:
        if expr.year is not None:
            return DateRange.month(expr.year, expr.month)
        if anchor is None:
            return None
        if expr.year_shift is not None:
            return DateRange.month(anchor.year + expr.year_shift, expr.month)
        if expr.before:
            year = anchor.year if expr.month < anchor.month else anchor.year - 1
        else:
            year = anchor.year if expr.month <= anchor.month + 1 else anchor.year - 1
        return DateRange.month(year, expr.month)
    if expr.year is not None and expr.season is not None:
        return season_range(expr.year, expr.season)
    if expr.year is not None and expr.last_year is not None:
        return DateRange(dt.date(expr.year, 1, 1), dt.date(expr.last_year, 12, 31))
    if expr.year is not None and expr.decade:
        return DateRange(dt.date(expr.year, 1, 1), dt.date(expr.year + 9, 12, 31))
    if expr.year is not None:
        return DateRange.year(expr.year)
    if expr.weekday is not None and anchor is not None:
        if expr.before:
            return DateRange.day(weekday_on_or_before(expr.weekday, anchor - dt.timedelta(days=1)))
        return DateRange.day(weekday_on_or_before(expr.weekday, anchor))
    return None


def _shift(anchor: dt.date, count: int, unit: str) -> dt.date:
    """``count`` units before the anchor (a month or year back keeps the day where it can)."""
    if unit == "day":
        return anchor - dt.timedelta(days=count)
    if unit == "week":
        return anchor - dt.timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    y, m = divmod(anchor.year * 12 + anchor.month - 1 - months, 12)
    return dt.date(y, m + 1, min(anchor.day, month_end(y, m + 1).day))


def _ago(anchor: dt.date, n: int, unit: str, bend: str, back: dt.date) -> DateRange:
    """ "Two years ago" as writers use it: a round count of whole units, so between half a unit
    less and a unit more ("five years ago" of something five years and eight months back); a day
    (or "two years ago today") is that day. "Over", "nearly" and "less than" bend the range."""
    if bend == "today" or (unit == "day" and not bend):
        return DateRange.day(back)
    if bend == "more":
        return DateRange(dt.date(max(anchor.year - 200, 1), 1, 1), back)
    if bend == "less":
        return DateRange(back, anchor)
    if bend == "nearly":
        return DateRange(back, _shift(anchor, n - 1, unit) if n > 1 else anchor)
    older = _shift(anchor, n + 1, unit)
    if unit == "day":
        return DateRange(older, _shift(anchor, max(n - 1, 0), unit))
    newer = anchor - (anchor - back) / (2 * n) * (2 * n - 1)  # half a unit nearer than n
    return DateRange(older, newer)


def ago_parts(expr: TimeExpr | None) -> tuple[int, str, str] | None:
    """(count, unit, bend) of an "N units ago" expression ("over 30 years ago": 30, "year",
    "more"); None for any other time."""
    if expr is None or not expr.relative or not expr.relative.startswith("ago:"):
        return None
    _, count, unit, bend = expr.relative.split(":")
    return int(count), unit, bend


def _count(word: str) -> int:
    """'two' / '2' / 'a' / 'twenty-five' as a number."""
    w = word.lower().replace("-", " ")
    if w.isdigit():
        return int(w)
    if w in _NUMBER:
        return _NUMBER[w]
    tens, _, unit = w.partition(" ")
    return _TENS[tens] + (_NUMBER[unit] if unit else 0)


def _season(year: int, start: int) -> DateRange:
    """The three months of the season that begins in month ``start`` of ``year`` (a winter runs
    into the next year)."""
    return DateRange(dt.date(year, start, 1), month_end(year + (start == 12), (start + 1) % 12 + 1))


def season_range(year: int, start: int) -> DateRange:
    """A season of the northern hemisphere, as news of these countries reckons it, by months:
    spring March-May, summer June-August, fall September-November; winter is December of the
    year before to February (a "winter of 2021" may mean either end, so both are allowed)."""
    if start == 12:
        return DateRange(_season(year - 1, 12).first, _season(year, 12).last)
    return _season(year, start)


def _resolve_season(which: str, start: int, anchor: dt.date) -> DateRange:
    """'last fall': the latest such season over before the article's month (said in October,
    last year's); 'this fall': the one of the article's year; 'next spring': the first to begin
    after the article's month."""
    this_month = dt.date(anchor.year, anchor.month, 1)
    if which == "this":
        year = anchor.year - (start == 12 and anchor.month <= 2)
    elif which == "next":
        year = anchor.year if dt.date(anchor.year, start, 1) > this_month else anchor.year + 1
    else:
        year = anchor.year
        while _season(year, start).last >= this_month:  # not over yet: the one before
            year -= 1
    return _season(year, start)


def _resolve_relative(rel: str, anchor: dt.date) -> DateRange:
    if rel.startswith("season:"):
        _, which, start = rel.split(":")
        return _resolve_season(which, int(start), anchor)
    if rel.startswith(("ago:", "past:")):
        form, count, unit, bend = rel.split(":")
        n = int(count)
        back = _shift(anchor, n, unit)
        if form == "past":
            return DateRange(back, anchor)
        return _ago(anchor, n, unit, bend, back)
    if rel == "today":
        return DateRange.day(anchor)
    if rel == "yesterday":
        return DateRange.day(anchor - dt.timedelta(days=1))
    monday = anchor - dt.timedelta(days=anchor.weekday())
    sunday = monday + dt.timedelta(days=6)
    month = DateRange.month(anchor.year, anchor.month)
    next_month = month.last + dt.timedelta(days=1)
    ranges = {
        "this-week": DateRange(monday, sunday),
        "earlier-this-week": DateRange(monday, anchor),
        "later-this-week": DateRange(anchor, sunday),
        "last-week": DateRange(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)),
        "next-week": DateRange(monday + dt.timedelta(days=7), sunday + dt.timedelta(days=7)),
        "this-month": month,
        "earlier-this-month": DateRange(month.first, anchor),
        "later-this-month": DateRange(anchor, month.last),
        "next-month": DateRange.month(next_month.year, next_month.month),
        "this-year": DateRange.year(anchor.year),
        "earlier-this-year": DateRange(dt.date(anchor.year, 1, 1), anchor),
        "later-this-year": DateRange(anchor, dt.date(anchor.year, 12, 31)),
        "last-year": DateRange.year(anchor.year - 1),
        "next-year": DateRange.year(anchor.year + 1),
    }
    if rel == "last-month":
        prev = month.first - dt.timedelta(days=1)
        return DateRange.month(prev.year, prev.month)
    return ranges[rel]


def whole_years_between(earlier: dt.date, later: dt.date) -> int:
    """Completed years from ``earlier`` to ``later`` (an anniversary counts on its day)."""
    years = later.year - earlier.year
    if (later.month, later.day) < (earlier.month, earlier.day):
        years -= 1
    return years


FULL_DATE = regex.compile(
    r"(?<![\w-])(?:"
    r"(?P<iso>(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])"
    r"|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?P<mdy>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?,?\s+(?:19|20)[0-9]{2})"
    r"|(?P<dmy>[0-3]?[0-9]\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,?\s+(?:19|20)[0-9]{2})"
    r")(?![\w-])"
)


def full_dates(text: str) -> list[tuple[dt.date, int]]:
    """Every complete calendar date (day, month and year) written in the text, with its offset."""
    found = []
    for m in FULL_DATE.finditer(text):
        expr = parse_time_expr(m.group("iso") or m.group("mdy") or m.group("dmy"))
        if expr and expr.day and expr.month and expr.year:
            found.append((dt.date(expr.year, expr.month, expr.day), m.start()))
    return found


# ---- finding time expressions in running text ---------------------------------------------
# Month names are matched case-sensitively (capitalised), so the verb "may" and the noun "march"
# are not months; a bare full month name needs a preposition before it ("in December").
_M_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_M_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_T_MONTH = rf"(?:{_M_FULL}|{_M_ABBR}\.?)(?![a-z])"
_T_DAY = r"(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
_T_YEAR = r"(?<![\w,.])(?:1[89]|20)[0-9]{2}(?!\w)"
_T_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])"
_T_DATE = (
    rf"(?:{_T_MONTH}\s+{_T_DAY}(?:,?\s+{_T_YEAR})?"
    rf"|{_T_DAY}\s+(?:of\s+)?{_T_MONTH}(?:,?\s+{_T_YEAR})?"
    rf"|{_T_YEAR}-[01][0-9]-[0-3][0-9](?![0-9]))"
)
_T_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)"
_T_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# "Nov. 6, a Thursday", "December 22, which was a Tuesday".
_WEEKDAY_AFTER = r"(?:a|which\s+(?:was|is|fell\s+on)\s+a|on\s+a)"
_COUNT = (
    r"(?:(?:twenty|thirty|forty|fifty)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|[0-9]{1,2}|an?)(?![\w-])"
)
# How far an "ago" bends: "over two years ago" (at least), "nearly two years ago" (just under),
# "less than two years ago" (at most), "about two years ago" (as plain).
_AGO_QUALIFIER = (
    r"(?:just\s+over|more\s+than|over|at\s+least|nearly|almost|just\s+under|less\s+than|"
    r"under|about|around|roughly|some)"
)
_AGO_BENDS = {
    "just over": "more", "more than": "more", "over": "more", "at least": "more",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly",
    "less than": "less", "under": "less",
}  # fmt: skip
# "two years ago today", "five years ago", "in the past four months", "over the past year".
AGO = rf"(?:{_AGO_QUALIFIER}\s+)?{_COUNT}\s+(?:years?|months?|weeks?|days?)\s+ago(?:\s+today)?"
_PAST = rf"(?:the\s+)?(?:past|last)\s+(?:{_COUNT}\s+)?(?:years?|months?|weeks?)(?=\s|[,.;:)]|$)"
# Compiled with the standard library's engine: on this pattern it runs about four times as fast
# as ``regex`` (it has no variable-width lookbehind, so a bare month's preposition is checked
# after the match).
TIME_EXPRESSION = re.compile(
    # Every expression starts a word: said first, the engine skips the rest of the text fast.
    r"(?=[0-9A-Za-z])(?<!\w)(?:"
    rf"(?P<weekday>(?:[Ll]ast|LAST)\s+{_T_WEEKDAY}{_T_PART}"
    rf"|{_T_WEEKDAY}{_T_PART}(?:\s*,?\s*\(?\s*(?:the\s+)?{_T_DATE}(?:\s*\))?)?"
    rf"|{_T_DATE}\s*(?:\(\s*{_T_WEEKDAY}\s*\)|,\s+{_WEEKDAY_AFTER}\s+{_T_WEEKDAY}(?!\s*['’]s)))"
    rf"|(?P<date>{_T_DATE})"
    rf"|(?P<month>{_T_MONTH},?\s+{_T_YEAR})"
    rf"|(?P<years>(?:between\s+{_T_YEAR}\s+and|from\s+{_T_YEAR}\s+(?:to|until|through))\s+{_T_YEAR}"
    rf"|{_T_YEAR}\s*[-–—/]\s*(?:{_T_YEAR}|[0-9]{{2}}(?![0-9])))"
    r"|(?P<decade>(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?<![0-9])(?:1[89]|20)[0-9]0['’]?s(?![a-z]))"
    rf"|(?P<year>(?:the\s+year\s+)?{_T_YEAR})"
    rf"|(?P<month_of_year>{_T_MONTH}\s+of\s+(?:last|this|next)\s+year(?![\w-]))"
    rf"|(?P<bare_month>{_M_FULL}(?![\w-]))"
    rf"|(?P<season>(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?{_T_SEASON}(?:\s+of)?\s+{_T_YEAR})"
    r"|(?P<relative>(?i:today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)"
    r"|(?:last|this|next|this\s+past)\s+(?:spring|summer|fall|autumn|winter)"
    r"|(?:earlier|later)\s+in\s+the\s+day|earlier\s+that\s+day"
    r"|(?:(?:earlier|later)\s+)?this\s+(?:week|month|year)|(?:last|next)\s+(?:week|month|year)"
    rf"|{AGO})"
    r"(?![\w-])))"
)
# A month named alone is a time only after a preposition ("in December"; "May" may be a verb).
_BEFORE_BARE_MONTH = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|last|this|next|early|late|of|before|after|during|"
    r"through|mid)\s|mid-)$",
    re.IGNORECASE,
)
_LAST_BEFORE = re.compile(r"\b[Ll]ast\s$")
_RANGE = regex.compile(
    rf"(?:between\s+|from\s+)?(?P<a>{_T_YEAR})\s*(?:[-–—/]|and|to|until|through)\s*(?P<b>{_T_YEAR}|[0-9]{{2}})"
)
_DATE_THEN_WEEKDAY = regex.compile(
    rf"^(?P<date>.+?)\s*(?:\(\s*(?P<weekday>{_T_WEEKDAY})\s*\)"
    rf"|,\s+{_WEEKDAY_AFTER}\s+(?P<weekday>{_T_WEEKDAY}))$"
)
_NUMBER = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_AGO_PARSE = regex.compile(
    rf"(?i)^(?:(?P<q>{_AGO_QUALIFIER})\s+)?(?P<n>{_COUNT})\s+(?P<unit>year|month|week|day)s?"
    r"\s+ago(?P<today>\s+today)?$"
)
_PAST_PARSE = regex.compile(
    rf"(?i)^(?:the\s+)?(?:past|last)\s+(?:(?P<n>{_COUNT})\s+)?(?P<unit>year|month|week)s?$"
)


def find_time_expressions(text: str) -> list[tuple[int, int, str, TimeExpr | None]]:
    """Every time expression in the text: (start, end, subtype, parse). Subtypes: ``weekday``
    (alone), ``weekdate`` (a weekday with its date), ``date`` (day and month; the parse is
    None for an impossible one such as Feb. 30), ``month``, ``years`` (a range),
    ``decade``, ``year`` and ``relative`` ("last month", "earlier this week")."""
    out = []
    for m in TIME_EXPRESSION.finditer(text):
        subtype = m.lastgroup or ""
        if subtype == "bare_month" and not _BEFORE_BARE_MONTH.search(
            text[max(0, m.start() - 8) : m.start()]
        ):
            continue
        words = m.group()
        expr = TimeExpr(year=int(words)) if words.isdigit() else parse_time_expr(words)
        if subtype == "season" and not _BEFORE_BARE_MONTH.search(
            text[max(0, m.start() - 8) : m.start()]
        ):
            continue  # "Fall 2020 enrolment", a heading: a season is a time after "in", "by" ...
        if (
            subtype == "bare_month"
            and expr is not None
            and _LAST_BEFORE.search(text[max(0, m.start() - 6) : m.start()])
        ):
            expr = replace(expr, before=True)  # "last December"
        if subtype in ("bare_month", "season", "month_of_year"):
            subtype = "month"
        elif subtype == "weekday" and (expr.day is not None if expr else _DIGIT.search(m.group())):
            subtype = "weekdate"
        if expr is None and subtype not in ("date", "weekdate"):
            continue  # an impossible date is still a date a check may call impossible
        out.append((m.start(), m.end(), subtype, expr))
    return out


_DIGIT = regex.compile(r"[0-9]")
