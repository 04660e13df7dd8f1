"""Write a seeded, reproducible benchmark corpus of news-like articles.

About 10% of the articles are on-topic: the bundled samples/*.txt taken apart and put together
again (paragraphs shuffled and mixed, entities swapped, dates moved, general-news paragraphs
added to vary the length). The other 90% are off-topic news prose (sport, weather, business,
local politics, science, health, culture, transport, technology, courts) built here from
templates and word lists. Every article is 300-1500 words.

The same seed and size give the same bytes. Articles are generated in one stream, so a larger
corpus with the same seed starts with exactly the articles of a smaller one.

    python bench/generate.py                       # 100 MB into bench/corpus/100mb-s6/
    python bench/generate.py --size-mb 20 --scale 4 --seed 6

Sizes are in MB of 1,000,000 bytes of UTF-8 text. The corpus directory holds shards of 1,000
files (``000/000123_off.txt``; ``_on`` marks an on-topic article) and a ``manifest.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_SAMPLES = REPO / "samples"
DEFAULT_CORPUS_ROOT = HERE / "corpus"
GENERATOR_VERSION = 1
MB = 1_000_000
SHARD = 1000
ON_TOPIC_SHARE = 0.10
MIN_WORDS, MAX_WORDS = 300, 1500

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
MONTH_ABBR = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# ---- word lists for the off-topic prose -------------------------------------------------------
FIRST = [
    "Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "James", "Karin",
    "Liam", "Maya", "Nikhil", "Olga", "Pedro", "Quinn", "Rosa", "Samuel", "Tara", "Umar",
    "Vera", "Walter", "Xenia", "Yusuf", "Zoe", "Martin", "Helen", "Oscar", "Priya", "Tomas",
    "Leila", "Marcus", "Sofia", "Daniel", "Amara", "Felix", "Nadia", "Victor", "Chloe",
]  # fmt: skip
LAST = [
    "Albrecht", "Barnes", "Castillo", "Dunmore", "Eriksen", "Fairley", "Gallagher", "Hartmann",
    "Ibarra", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov",
    "Quintero", "Rasmussen", "Sandoval", "Thornton", "Underwood", "Valdez", "Whitaker", "Young",
    "Zeller", "Ashworth", "Brennan", "Delacroix", "Fitzgerald", "Haddad", "Mbeki", "Novak",
    "Osei", "Pereira", "Rahman", "Schultz", "Tanaka", "Varga", "Weller", "Ortega",
]  # fmt: skip
TOWNS = [
    "Millbrook", "Eastfield", "Harrowgate", "Port Alder", "Redcliff", "Stonebridge", "Wexley",
    "Brightwater", "Carrow", "Dunhill", "Elmstead", "Fernvale", "Glenmore", "Hollins Bay",
    "Ivybridge", "Kingsmere", "Larchmont", "Marston", "Northgate", "Oakridge", "Pinehurst",
    "Queensbury", "Riverton", "Saltmarsh", "Thornbury", "Upton Vale", "Westmoor", "Ashford",
]  # fmt: skip
REGIONS = [
    "the north", "the south-east", "the coast", "the valley", "the uplands", "the west",
    "the river delta", "the central plains", "the northern hills", "the islands",
]  # fmt: skip
TEAMS = [
    "Millbrook Rovers", "Eastfield United", "Redcliff Athletic", "Port Alder City",
    "Stonebridge Wanderers", "Wexley Town", "Carrow Harriers", "Dunhill Albion", "Glenmore FC",
    "Kingsmere Rangers", "Northgate Hornets", "Oakridge Comets", "Riverton Falcons",
    "Saltmarsh Mariners", "Thornbury Lions", "Westmoor Wolves",
]  # fmt: skip
SPORTS = ["league", "cup", "championship", "season", "derby", "tournament", "playoff"]
POSITIONS = [
    "striker", "goalkeeper", "midfielder", "captain", "defender", "winger", "coach", "head coach",
    "manager", "fly-half", "point guard", "pitcher",
]  # fmt: skip
COMPANIES = [
    "Halvorsen Logistics", "Brightline Energy", "Corvane Systems", "Deltamark Foods",
    "Everwood Homes", "Fulcrum Retail", "Granite Peak Mining", "Harbor & Finch", "Ionis Telecom",
    "Juniper Freight", "Kestrel Pharma", "Lumen Grid", "Meridian Steel", "Northwind Airways",
    "Orchard Street Bank", "Palisade Insurance", "Quarry Lane Media", "Redfern Motors",
]  # fmt: skip
SECTORS = [
    "retail", "construction", "shipping", "energy", "banking", "insurance", "farming", "tourism",
    "software", "steel", "car manufacturing", "telecoms", "food processing",
]  # fmt: skip
PRODUCTS = [
    "electric vans", "frozen meals", "solar panels", "budget flights", "home loans",
    "broadband plans", "garden tools", "running shoes", "heat pumps", "smartphones",
]  # fmt: skip
COUNCIL_ITEMS = [
    "a new cycle lane on the high street", "the closure of the public library on Sundays",
    "a rise in parking charges", "plans for 400 new homes on the old railway yard",
    "the renovation of the town hall", "a ban on bonfires in the park",
    "funding for the community swimming pool", "changes to bin collections",
    "a pedestrian zone in the old market square", "a new primary school in the east of town",
]  # fmt: skip
SCIENCE_TOPICS = [
    "a species of freshwater snail", "the migration of grey whales", "soil bacteria",
    "a distant galaxy cluster", "coral bleaching", "the gut microbiome", "glacier melt",
    "a new battery chemistry", "bird song in cities", "ancient pottery", "sleep in teenagers",
    "a fossil of an early mammal", "wheat yields under drought", "the ozone layer",
]  # fmt: skip
INSTITUTIONS = [
    "the University of Harrowgate", "Riverton Institute of Technology",
    "the Fernvale Research Centre", "the National Oceanographic Lab", "Kingsmere Medical School",
    "the Glenmore Observatory",
]  # fmt: skip
JOURNALS = [
    "Nature Letters", "the Journal of Applied Ecology", "Science Reports", "the Lancet Regional",
    "Physical Review Notes", "Cell Metabolism Today",
]  # fmt: skip
WEATHER = [
    "heavy rain", "strong winds", "snow", "fog", "a heatwave", "thunderstorms", "frost", "hail",
    "gales", "drizzle",
]  # fmt: skip
ARTS = [
    "exhibition", "festival", "concert series", "opera season", "film premiere", "book fair",
    "theatre production", "jazz weekend", "photography show",
]  # fmt: skip
TRANSPORT = [
    "the rail line", "the ring road", "the ferry service", "the bus network", "the airport",
    "the tram extension", "the motorway junction", "the bridge",
]  # fmt: skip
TECH = [
    "a chatbot", "a payments app", "a cloud service", "a smart thermostat", "a game console",
    "a delivery robot", "an operating system update", "a password manager",
]  # fmt: skip
TITLES = [
    "Mayor", "Councillor", "Police Chief", "Professor", "Dr", "Judge", "Chief Executive",
    "Health Minister", "Transport Secretary", "Governor",
]  # fmt: skip
OUTLETS = [
    "the Millbrook Gazette", "Channel 9", "the Evening Courier", "Radio Riverton",
    "the Business Ledger",
]  # fmt: skip

SLOTS: dict[str, list[str]] = {
    "first": FIRST, "last": LAST, "town": TOWNS, "region": REGIONS, "team": TEAMS,
    "competition": SPORTS, "position": POSITIONS, "company": COMPANIES, "sector": SECTORS,
    "product": PRODUCTS, "council_item": COUNCIL_ITEMS, "science_topic": SCIENCE_TOPICS,
    "institution": INSTITUTIONS, "journal": JOURNALS, "weather": WEATHER, "art": ARTS,
    "transport": TRANSPORT, "tech": TECH, "title": TITLES, "outlet": OUTLETS,
    "weekday": WEEKDAYS, "month": MONTHS,
}  # fmt: skip

GENERIC = [
    "{Person} said on {weekday} that {pron} expected a decision by the end of {month}.",
    "The figures were published on {weekday}, {month_abbr} {day}, and drew a mixed reaction.",
    "A spokesperson for {company} declined to comment when contacted by {outlet}.",
    "Officials said last week that the plans would be reviewed again in {year}.",
    "\"We are not there yet,\" {person} told {outlet}, \"but we are getting closer.\"",
    "It is the {ordinal} time in {small} years that {town} has faced a similar problem.",
    "Residents have until {month} {day} to comment on the proposals.",
    "The council, the police and local businesses have been in talks since {month}.",
    "Some {num} people attended a public meeting at the community centre on {weekday} evening.",
    "Critics say the changes come too late; supporters say they are long overdue.",
    "According to {outlet}, the idea was first raised in {year} but shelved after objections.",
    "{Person}, who has lived in {town} for {small} years, said little had changed.",
    "The agreement still has to be approved by the full board next {month}.",
    "Ties between the two groups have been strained since {month} {year}.",
    "A final report is due in the spring, the {title_lower}'s office said.",
    "Neither side has said what happens if the deadline is missed.",
    "Further details are expected to be announced on {weekday}.",
    "The story was first reported by {outlet}.",
    "The U.S. Federal Reserve held interest rates steady on {weekday}, weighing on {sector}.",
    "The minister signed the order on {month_abbr} {day} after months of consultation.",
    "Relations between the unions and management have rarely been worse, {person} said.",
    "A summit of regional leaders in {town} on {weekday} was dominated by the cost of living.",
    "The President of the chamber of commerce, {Person}, welcomed the announcement.",
    "Visitors from Washington and Brussels were among the delegates on {weekday}.",
    "Talks are set to resume on {weekday}, {month} {day}, {year}, officials said.",
    "The deal, first announced in {month} {year}, was signed at a ceremony in {town}.",
    "{Person}, a former {title_lower}, said the decision was the right one.",
    "Since {year}, the number of complaints has more than doubled, to {num}.",
    "The plan was announced on {weekday} and takes effect on {month} {day}.",
    "\"It has been a difficult year,\" {person} said, \"and next year will not be easier.\"",
    "The figures do not include {region}, where data collection was delayed.",
    "A similar scheme in {town2} was dropped in {year} after {small} years.",
    "The {ordinal} phase of the project is due to start in {month}.",
    "Local newspapers have followed the story closely since it broke in {month}.",
    "Government ties to the industry have been questioned by campaigners for decades.",
    "Both sides agreed to meet again before the end of {month}.",
    "Opposition leader {Person} called for an independent inquiry.",
    "The group has {small} members and meets every {weekday} in {town}.",
    "A survey of {num} people found that {pct} supported the change.",
    "More than {small} decades after it opened, the site is still in use.",
    "Earlier this week, the regulator said it was monitoring the situation.",
    "The forecast for the rest of the year was left unchanged.",
]  # fmt: skip

TOPICS: dict[str, dict[str, list[str]]] = {
    "sport": {
        "headline": [
            "{team} edge {team2} in {competition} thriller",
            "{Person} signs new contract with {team}",
            "{team} sack manager after {small} straight defeats",
            "Late goal keeps {team} in {competition} race",
        ],
        "body": [
            "{team} beat {team2} {score} on {weekday} night in front of {num} fans.",
            "{Person} scored twice in the second half as {team} came from behind.",
            "The {position} signed a {small}-year deal with {team} on {month_abbr} {day}.",
            "{team} have now won {small} of their last {small2} matches in the {competition}.",
            "The club said the {position} would miss at least {small} weeks with a knee injury.",
            "It was the first home defeat for {team2} since {month} {year}.",
            "{Person}, the {position}, said the team had \"let the fans down\" in the first half.",
            "Tickets for the {competition} final on {month} {day} sold out within an hour.",
            "{team2} are {ordinal} in the table, {small} points behind the leaders.",
            "The referee sent off two players in a bad-tempered second half.",
            "The {competition} resumes on {weekday}, {month_abbr} {day}, after the winter break.",
            "Fans marched to the stadium before the game to protest against ticket prices.",
            "{team} have not won away from home in the {competition} since {year}.",
        ],
    },
    "weather": {
        "headline": [
            "{Weather} to hit {region} this weekend",
            "Warning issued as {weather} sweeps across {region}",
            "{town} clears up after night of {weather}",
        ],
        "body": [
            "Forecasters warned of {weather} across {region} from {weekday} afternoon.",
            "Temperatures are expected to reach {temp} degrees in {town} on {weekday}.",
            "Up to {small} centimetres of rain could fall in {region} by {weekday} morning.",
            "The weather service issued an amber warning for {town} and {town2}.",
            "Several roads near {town} were closed after trees came down overnight.",
            "It was the wettest {month} in {town} since records began in {old_year}.",
            "{Person}, a forecaster, said conditions would improve early next week.",
            "Power was cut to about {num} homes in {region} on {weekday} night.",
            "Drivers were told to avoid {transport} until the water had receded.",
            "The long-range forecast suggests a dry spell from mid-{month}.",
        ],
    },
    "business": {
        "headline": [
            "{company} profits fall as {sector} slows",
            "{company} to cut {num} jobs",
            "{company} agrees takeover of {company2}",
            "Shares in {company} jump after strong {quarter} results",
        ],
        "body": [
            "{company} said on {weekday} that profits fell {pct} in the {quarter}.",
            "Sales of {product} rose {pct} compared with the same period last year.",
            "The company plans to cut {num} jobs across its {sector} division by {year}.",
            "{company} agreed to buy {company2} for {money}, subject to regulatory approval.",
            "Shares closed {pct} higher at {price} on {weekday}.",
            "{Person}, chief executive of {company}, said the deal would create a stronger group.",
            "Analysts had expected revenue of {money} for the period.",
            "The {sector} sector has struggled since interest rates rose in {year}.",
            "Unions said they would ballot members over the pay offer on {month} {day}.",
            "The board signed a {small}-year supply agreement with {company2} in {month}.",
            "{company} opened its first store in {town} in {old_year}.",
            "Inflation eased to {pct} in {month}, the statistics office said.",
            "The firm said relations with its largest customer remained good.",
        ],
    },
    "local_politics": {
        "headline": [
            "{town} council votes on {council_item}",
            "Row over {council_item} deepens",
            "{Title} {last} faces no-confidence vote",
        ],
        "body": [
            "{town} council voted {small2} to {small} on {weekday} in favour of {council_item}.",
            "{Title} {Person} said the decision had been \"a long time coming\".",
            "Opposition councillors walked out of the meeting in protest.",
            "The plan will cost {money} over {small} years, according to council papers.",
            "A petition against {council_item} has gathered {num} signatures.",
            "Elections for half the seats on the council take place on {month} {day}.",
            "{Person}, who chairs the planning committee, said the scheme was affordable.",
            "The mayor of {town2} said his council would watch the results closely.",
            "A public consultation ran from {month} to {month2} {year}.",
            "The council's former leader, {Person}, resigned in {month} {year}.",
            "Councillors also approved a {pct} rise in the annual budget.",
        ],
    },
    "science": {
        "headline": [
            "Study sheds light on {science_topic}",
            "Scientists surprised by findings on {science_topic}",
            "New research questions what we know about {science_topic}",
        ],
        "body": [
            "Researchers at {institution} studied {science_topic} for {small} years.",
            "The findings, published in {journal} on {weekday}, challenge earlier work.",
            "\"We did not expect this,\" said {Title} {Person}, who led the study.",
            "The team collected {num} samples from sites across {region}.",
            "Earlier studies in {old_year} and {year} had reached the opposite conclusion.",
            "The work was funded by a {money} grant awarded in {year}.",
            "Other scientists said the sample was too small to draw firm conclusions.",
            "The researchers plan a larger study starting in {month} {next_year}.",
            "About {pct} of the samples showed the effect, the paper says.",
            "The results could help explain changes in {science_topic} seen since the {decade}s.",
        ],
    },
    "health": {
        "headline": [
            "Waiting times rise at {town} hospital",
            "New clinic opens in {town}",
            "Flu cases climb across {region}",
        ],
        "body": [
            "The average wait in the emergency department rose to {small} hours in {month}.",
            "The new clinic in {town} will see up to {num} patients a week.",
            "{Title} {Person} said staff shortages were the main problem.",
            "Flu cases in {region} doubled in the {small} weeks to {month} {day}.",
            "Health officials urged people over {age} to get vaccinated.",
            "The hospital trust spent {money} on agency staff last year.",
            "Nurses at {town} hospital will vote on strike action on {weekday}.",
            "The clinic is open from {weekday} to {weekday2}.",
        ],
    },
    "culture": {
        "headline": [
            "{town} {art} draws record crowds",
            "{Person} returns to {town} for {art}",
            "Review: a bold {art} in {town}",
        ],
        "body": [
            "The {art} opened in {town} on {weekday}, {month_abbr} {day}.",
            "More than {num} visitors came in the first weekend, organisers said.",
            "{Person}, the director, said the programme had taken {small} years to plan.",
            "Tickets start at {price} and concessions are available.",
            "The {art} runs until {month} {day} and then moves to {town2}.",
            "Critics praised the opening night, though some found it too long.",
            "The venue reopened in {old_year} after a {money} refurbishment.",
            "Local schools will be offered free tickets on {weekday} mornings.",
        ],
    },
    "transport": {
        "headline": [
            "Delays expected as work starts on {transport}",
            "{transport_cap} reopens after repairs",
            "Fares to rise on {transport}",
        ],
        "body": [
            "Work on {transport} near {town} begins on {weekday}, {month_abbr} {day}.",
            "Passengers were warned of delays of up to {small} minutes during the works.",
            "{transport_cap} carried {num} passengers a day before it closed in {month}.",
            "Fares will rise by {pct} from {month} {day}, the operator said.",
            "{Person}, who commutes from {town2}, said services had been unreliable for months.",
            "The project is running {small} months behind schedule and {money} over budget.",
            "A replacement bus service will run between {town} and {town2}.",
            "{Title} {Person} said the upgrade would be finished by {next_year}.",
        ],
    },
    "tech": {
        "headline": [
            "{company} launches {tech}",
            "Outage hits users of {tech}",
            "Regulator looks into {tech} from {company}",
        ],
        "body": [
            "{company} launched {tech} on {weekday}, saying it would be free for a year.",
            "Users reported problems with {tech} for about {small} hours on {weekday}.",
            "The regulator said it had received {num} complaints since {month}.",
            "{Person}, an analyst, said the launch was the company's most important since {year}.",
            "The company said no personal data had been lost.",
            "The update will reach all users by {month} {day}.",
            "{company} signed a deal with {company2} to supply chips for {tech}.",
            "Sales of {product} have doubled since {old_year}.",
        ],
    },
    "courts": {
        "headline": [
            "{town} man jailed for fraud",
            "Trial opens over collapse at {company}",
            "Court rules on {council_item}",
        ],
        "body": [
            "{Person}, {age}, was jailed for {small} years at {town} Crown Court on {weekday}.",
            "The court heard that {money} had been taken between {old_year} and {year}.",
            "{Judge} {Person} said the offences were \"calculated and sustained\".",
            "The trial is expected to last {small} weeks.",
            "Lawyers for {company} said the firm would appeal.",
            "The jury was told that warnings had been ignored since {month} {year}.",
            "A hearing on the appeal has been set for {month} {day}.",
            "Prosecutors said {num} customers had been affected.",
        ],
    },
}  # fmt: skip

QUARTERS = [
    "first quarter", "second quarter", "third quarter", "fourth quarter", "first half",
    "full year",
]  # fmt: skip
SMALL_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "15"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth"]

# ---- entity pools for the on-topic articles ---------------------------------------------------
# (country, demonym, capital). The first group is in the reference table; the second is not, so
# swapped articles also carry statements the checker can only call unverifiable.
COUNTRIES = [
    ("Kazakhstan", "Kazakh", "Astana"), ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Azerbaijan", "Azerbaijani", "Baku"), ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("Tajikistan", "Tajik", "Dushanbe"), ("Turkmenistan", "Turkmen", "Ashgabat"),
    ("Morocco", "Moroccan", "Rabat"), ("Bahrain", "Bahraini", "Manama"),
    ("Oman", "Omani", "Muscat"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Mauritania", "Mauritanian", "Nouakchott"), ("Sudan", "Sudanese", "Khartoum"),
    ("Saudi Arabia", "Saudi", "Riyadh"),
    ("Mongolia", "Mongolian", "Ulaanbaatar"), ("Armenia", "Armenian", "Yerevan"),
    ("Albania", "Albanian", "Tirana"), ("Malaysia", "Malaysian", "Kuala Lumpur"),
    ("Niger", "Nigerien", "Niamey"), ("Comoros", "Comorian", "Moroni"),
]  # fmt: skip
# Groups of interchangeable people: a full name and the surname the samples use alone.
PERSONS = [
    [("Donald Trump", "Trump"), ("Joe Biden", "Biden")],
    [("Benjamin Netanyahu", "Netanyahu"), ("Naftali Bennett", "Bennett"),
     ("Yair Lapid", "Lapid")],
    [("Kassym-Jomart Tokayev", "Tokayev"), ("Shavkat Mirziyoyev", "Mirziyoyev"),
     ("Ilham Aliyev", "Aliyev"), ("Sadyr Japarov", "Japarov")],
    [("Antony Blinken", "Blinken"), ("Marco Rubio", "Rubio"), ("Mike Pompeo", "Pompeo")],
    [("JD Vance", "Vance"), ("Kamala Harris", "Harris"), ("Mike Pence", "Pence")],
    [("Steve Witkoff", "Witkoff"), ("Jared Kushner", "Kushner"), ("Avi Berkowitz", "Berkowitz")],
    [("Mohammed bin Salman", "bin Salman"), ("Mohammed bin Zayed", "bin Zayed")],
]  # fmt: skip
ORDINAL_SWAP = {"fourth": "fifth", "fifth": "sixth", "sixth": "fifth", "third": "fourth"}

_SLOT = re.compile(r"\{(\w+)\}")
_FRONT = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.S)
_HEADER = re.compile(r"^(?:date|published)\s*:.*$", re.I)
_MONTH_DAY = re.compile(
    r"\b(Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)(\s+)([0-9]{1,2})\b"
)
_YEAR = re.compile(r"(?<![0-9])(19[89][0-9]|20[0-2][0-9])(?![0-9])")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


class Prose:
    """Fills templates from the word lists with one random stream."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.source: list[str] = GENERIC
        self.deck: list[str] = []
        r = rng
        self.makers: dict[str, Callable[[], str]] = {
            "person": lambda: f"{r.choice(FIRST)} {r.choice(LAST)}",
            "Person": lambda: f"{r.choice(FIRST)} {r.choice(LAST)}",
            "pron": lambda: r.choice(["she", "he", "they"]),
            "day": lambda: str(r.randint(1, 28)),
            "month_abbr": lambda: r.choice(MONTH_ABBR),
            "year": lambda: str(r.randint(2015, 2025)),
            "old_year": lambda: str(r.randint(1950, 2012)),
            "next_year": lambda: str(r.randint(2025, 2030)),
            "decade": lambda: str(r.choice([1970, 1980, 1990, 2000])),
            "num": lambda: f"{r.randint(2, 90) * r.choice([10, 100, 1000]):,}",
            "small": lambda: r.choice(SMALL_WORDS),
            "small2": lambda: str(r.randint(3, 30)),
            "ordinal": lambda: r.choice(ORDINALS),
            "pct": lambda: f"{r.randint(1, 40)}.{r.randint(0, 9)}%",
            "money": lambda: f"${r.randint(2, 950)} million",
            "price": lambda: f"${r.randint(3, 90)}.{r.randint(10, 99)}",
            "score": lambda: f"{r.randint(1, 4)}-{r.randint(0, 3)}",
            "temp": lambda: str(r.randint(-8, 38)),
            "age": lambda: str(r.randint(19, 80)),
            "quarter": lambda: r.choice(QUARTERS),
            "title_lower": lambda: r.choice(["mayor", "minister", "governor", "chief executive"]),
            "Judge": lambda: r.choice(["Judge", "Mr Justice", "Ms Justice"]),
            "transport_cap": lambda: r.choice(TRANSPORT).capitalize(),
        }

    def value(self, name: str) -> str:
        r = self.rng
        if name in SLOTS:
            return r.choice(SLOTS[name])
        base = name.rstrip("0123456789")
        if base != name and base in SLOTS:
            return r.choice(SLOTS[base])
        if name[0].isupper() and name.lower() in SLOTS:
            word = r.choice(SLOTS[name.lower()])
            return word[:1].upper() + word[1:]
        if name in self.makers:
            return self.makers[name]()
        raise KeyError(f"no filler for slot {{{name}}}")

    def fill(self, template: str) -> str:
        return _SLOT.sub(lambda m: self.value(m.group(1)), template)

    def start(self, topic: str) -> None:
        """Begin an article: its sentences come from the topic, a second topic and the general
        pool, dealt from a shuffled deck so that an article repeats itself as little as it can."""
        second = self.rng.choice(sorted(t for t in TOPICS if t != topic))
        self.source = [*TOPICS[topic]["body"] * 2, *TOPICS[second]["body"], *GENERIC]
        self.deck = []

    def sentence(self) -> str:
        if not self.deck:
            self.deck = list(self.source)
            self.rng.shuffle(self.deck)
        return self.fill(self.deck.pop())

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))

    def header(self, day: dt.date) -> str:
        """A date line in one of the forms articles use, or none at all."""
        style = self.rng.randrange(5)
        if style == 0:
            return f"---\ndate: {day.isoformat()}\n---\n"
        if style == 1:
            return f"Date: {day.isoformat()}\n\n"
        if style == 2:
            return f"Published: {MONTHS[day.month - 1]} {day.day}, {day.year}\n\n"
        return ""

    def random_day(self) -> dt.date:
        start = dt.date(2019, 1, 1).toordinal()
        return dt.date.fromordinal(self.rng.randint(start, dt.date(2026, 6, 30).toordinal()))

    def off_topic(self) -> str:
        topic = self.rng.choice(sorted(TOPICS))
        target = self.rng.randint(MIN_WORDS, MAX_WORDS)
        day = self.random_day()
        headline = self.fill(self.rng.choice(TOPICS[topic]["headline"]))
        self.start(topic)
        paragraphs = []
        if self.rng.random() < 0.5:
            town = self.rng.choice(TOWNS).upper()
            paragraphs.append(
                f"{town}, {MONTH_ABBR[day.month - 1]} {day.day} - " + self.paragraph()
            )
        words = sum(len(p.split()) for p in paragraphs) + len(headline.split())
        while words < target:
            p = self.paragraph()
            paragraphs.append(p)
            words += len(p.split())
        return self.header(day) + headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


class Sample:
    """One sample article split into headline and paragraphs (its own date header dropped)."""

    def __init__(self, text: str):
        text = _FRONT.sub("", text, count=1)
        blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
        blocks = [b for b in blocks if not _HEADER.match(b)]
        self.headline = blocks[0]
        self.paragraphs = blocks[1:]


class OnTopic:
    """Varies the sample articles: paragraphs shuffled and mixed, entities swapped, dates moved,
    padded with general-news paragraphs to 300-1500 words."""

    def __init__(self, prose: Prose, samples: list[Sample]):
        self.prose = prose
        self.rng = prose.rng
        self.samples = samples

    def article(self) -> str:
        r = self.rng
        main = r.choice(self.samples)
        paragraphs = list(main.paragraphs)
        if r.random() < 0.3:
            other = r.choice(self.samples)
            paragraphs += r.sample(other.paragraphs, k=min(len(other.paragraphs), r.randint(1, 3)))
        if len(paragraphs) > 3 and r.random() < 0.4:
            paragraphs.pop(r.randrange(1, len(paragraphs)))
        lead, rest = paragraphs[0], paragraphs[1:]
        r.shuffle(rest)
        paragraphs = [lead, *rest] if r.random() < 0.6 else r.sample(paragraphs, len(paragraphs))
        target = r.randint(MIN_WORDS, MAX_WORDS)
        words = sum(len(p.split()) for p in paragraphs)
        self.prose.start(r.choice(["business", "local_politics", "transport", "culture"]))
        while words < target:
            p = self.prose.paragraph()
            paragraphs.insert(r.randint(1, len(paragraphs)), p)
            words += len(p.split())
        body = main.headline + "\n\n" + "\n\n".join(paragraphs)
        body = self.vary(body)
        return self.prose.header(self.prose.random_day()) + body + "\n"

    def vary(self, text: str) -> str:
        r = self.rng
        swaps: dict[str, str] = {}
        present = [c for c in COUNTRIES if re.search(rf"\b{re.escape(c[0])}\b", text)]
        absent = [c for c in COUNTRIES if c not in present]
        for source in r.sample(present, k=min(len(present), r.randint(0, 2))):
            if not absent:
                break
            target = absent.pop(r.randrange(len(absent)))
            for a, b in zip(source, target, strict=True):
                swaps[a] = b
        for group in PERSONS:
            if r.random() < 0.3:
                source, target = r.sample(group, 2)
                swaps[source[0]] = target[0]
                swaps[source[1]] = target[1]
        for a, b in ORDINAL_SWAP.items():
            if r.random() < 0.15:
                swaps[a] = b
        if swaps:
            pattern = re.compile(
                r"\b(?:"
                + "|".join(re.escape(k) for k in sorted(swaps, key=len, reverse=True))
                + r")\b"
            )
            text = pattern.sub(lambda m: swaps[m.group()], text)
        text = _MONTH_DAY.sub(self._move_day, text)
        text = _YEAR.sub(
            lambda m: str(int(m.group()) + r.choice([-1, 1])) if r.random() < 0.15 else m.group(),
            text,
        )
        return _WEEKDAY.sub(lambda m: r.choice(WEEKDAYS) if r.random() < 0.2 else m.group(), text)

    def _move_day(self, m: re.Match) -> str:
        if self.rng.random() >= 0.3:
            return m.group()
        day = min(28, max(1, int(m.group(3)) + self.rng.choice([-3, -2, -1, 1, 2, 3])))
        return f"{m.group(1)}{m.group(2)}{day}"


def corpus_dir(root: Path, size_mb: float, seed: int) -> Path:
    return root / f"{size_mb:g}mb-s{seed}"


def generate(out: Path, size_mb: float, seed: int, samples_dir: Path = DEFAULT_SAMPLES) -> dict:
    """Write the corpus into ``out`` (replacing an earlier one) and return its manifest."""
    samples = [Sample(p.read_text(encoding="utf-8")) for p in sorted(samples_dir.glob("*.txt"))]
    if not samples:
        raise SystemExit(f"no sample articles in {samples_dir}")
    rng = random.Random(seed)
    prose = Prose(rng)
    on_topic = OnTopic(prose, samples)
    if out.exists():
        for old in out.glob("*/*.txt"):
            old.unlink()
    out.mkdir(parents=True, exist_ok=True)
    budget = int(size_mb * MB)
    written = count = on = 0
    while written < budget:
        topical = rng.random() < ON_TOPIC_SHARE
        text = on_topic.article() if topical else prose.off_topic()
        data = text.encode("utf-8")
        shard = out / f"{count // SHARD:03d}"
        if count % SHARD == 0:
            shard.mkdir(exist_ok=True)
        (shard / f"{count:06d}_{'on' if topical else 'off'}.txt").write_bytes(data)
        written += len(data)
        count += 1
        on += topical
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "size_mb": size_mb,
        "bytes": written,
        "articles": count,
        "on_topic": on,
        "off_topic": count - on,
        "samples": [p.name for p in sorted(samples_dir.glob("*.txt"))],
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def existing_manifest(out: Path, size_mb: float, seed: int) -> dict | None:
    """The manifest of an identical corpus already in ``out``, or None."""
    path = out / "manifest.json"
    if not path.exists():
        return None
    manifest = json.loads(path.read_text(encoding="utf-8"))
    same = (
        manifest.get("generator_version") == GENERATOR_VERSION
        and manifest.get("seed") == seed
        and manifest.get("size_mb") == size_mb
    )
    return manifest if same else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=100.0, help="corpus size (default 100)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the size (4: the 4x)")
    parser.add_argument("--seed", type=int, default=6, help="random seed (default 6)")
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="directory to write (default bench/corpus/<size>mb-s<seed>/)",
    )
    parser.add_argument("--samples", type=Path, default=DEFAULT_SAMPLES, help="sample articles")
    parser.add_argument(
        "--reuse", action="store_true", help="keep an identical corpus already in the directory"
    )
    args = parser.parse_args(argv)
    size = args.size_mb * args.scale
    out = args.out or corpus_dir(DEFAULT_CORPUS_ROOT, size, args.seed)
    started = time.perf_counter()
    manifest = existing_manifest(out, size, args.seed) if args.reuse else None
    verb = "kept"
    if manifest is None:
        manifest, verb = generate(out, size, args.seed, args.samples), "wrote"
    sys.stderr.write(
        f"{verb} {manifest['articles']} articles ({manifest['on_topic']} on-topic), "
        f"{manifest['bytes'] / MB:.1f} MB in {out} ({time.perf_counter() - started:.1f}s)\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
