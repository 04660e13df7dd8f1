"""--format claimreview: schema.org ClaimReview JSON-LD. Checked as a JSON-LD processor reads it:
pyld expands the document, offline, with a document loader that serves the vendored schema.org
context and refuses everything else; nothing may be dropped by the expansion, and every type and
property must be one that schema.org's context defines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyld import jsonld

from accordcheck.formats.base import Publisher
from accordcheck.formats.claimreview import shorten

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CONTEXT = json.loads((ROOT / "tests/fixtures/formats/schemaorg-context.jsonld").read_text())
SCHEMA = "http://schema.org/"
OURS = "https://accordcheck.invalid/ns#"
FRONT_MATTER = """---
title: Kazakhstan joins
url: https://news.example/2025/11/kazakhstan
date: 2025-11-07
---
Bahrain joined the Abraham Accords in 2021. Kazakhstan has had diplomatic relations with Israel since 1992.
"""


def offline_loader(url: str, options: Any = None) -> dict[str, Any]:
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise jsonld.JsonLdError(f"offline: refusing to load {url}", "loading document failed")


def expand(document: dict) -> list[dict]:
    return jsonld.expand(document, {"documentLoader": offline_loader})


def leaves(value: Any) -> int:
    """How many literal values a JSON value holds."""
    if isinstance(value, dict):
        return sum(leaves(v) for v in value.values())
    if isinstance(value, list):
        return sum(leaves(v) for v in value)
    return 1


def expanded_leaves(value: Any) -> int:
    """The same count on an expanded document (@value literals, @json counted inside, @type)."""
    if isinstance(value, list):
        return sum(expanded_leaves(v) for v in value)
    if not isinstance(value, dict):
        return 1
    if "@value" in value:
        return leaves(value["@value"]) if value.get("@type") == "@json" else 1
    if set(value) == {"@id"}:
        return 1
    return sum(expanded_leaves(v) for v in value.values())


def properties(expanded: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(expanded, list):
        for v in expanded:
            found |= properties(v)
    elif isinstance(expanded, dict) and "@value" not in expanded:
        for key, v in expanded.items():
            if key == "@type":
                found |= set(v)
            elif not key.startswith("@"):
                found.add(key)
                found |= properties(v)
    return found


@pytest.fixture(scope="module")
def document(render, tmp_path_factory: pytest.TempPathFactory) -> dict:
    article = tmp_path_factory.mktemp("cr") / "with-url.md"
    article.write_text(FRONT_MATTER, encoding="utf-8")
    paths = [*sorted(SAMPLES.glob("*.txt")), article]
    return json.loads(render("claimreview", paths))


def test_expands_without_loss_using_only_schema_org_terms(document: dict) -> None:
    expanded = expand(document)
    assert expanded_leaves(expanded) == leaves(document["@graph"])
    defined = {SCHEMA + term for term in CONTEXT["@context"] if not term.startswith("@")}
    used = properties(expanded)
    assert used - defined == {OURS + "manifest"}
    assert {SCHEMA + "ClaimReview", SCHEMA + "Rating", SCHEMA + "Claim"} <= used


def test_a_misspelt_term_would_be_caught(document: dict) -> None:
    broken = json.loads(json.dumps(document))
    broken["@graph"][0]["claimReveiwed"] = broken["@graph"][0].pop("claimReviewed")
    written = leaves(broken["@graph"])
    assert SCHEMA + "claimReveiwed" in properties(expand(broken))  # @vocab takes anything...
    broken["@graph"][0]["@context"] = {"@vocab": None}  # ...without it, the term is lost
    assert expanded_leaves(expand(broken)) == written - 1


def test_the_loader_is_offline() -> None:
    with pytest.raises(jsonld.JsonLdError):
        expand({"@context": "https://elsewhere.example/context.jsonld", "name": "x"})


def test_one_review_per_supported_or_conflicting_statement_on_a_five_point_scale(
    render, document: dict
) -> None:
    paths = sorted(SAMPLES.glob("*.txt"))
    report = json.loads(render("json", paths))
    rated = [
        s for a in report["articles"] for s in a["statements"] if s["verdict"] != "unverifiable"
    ]
    reviews = [n for n in document["@graph"] if n["@type"] == "ClaimReview"][: len(rated)]
    assert len(reviews) == len(rated)
    scale = {"supported": (5, "True"), "conflicting": (1, "False")}
    for review, s in zip(reviews, rated, strict=True):
        rating = review["reviewRating"]
        assert (rating["ratingValue"], rating["alternateName"]) == scale[s["verdict"]]
        assert (rating["bestRating"], rating["worstRating"]) == (5, 1)
        assert rating["ratingExplanation"].startswith(s["reason"])
        if s["verdict"] == "conflicting":
            assert f"Expected: {s['expected']}. Found: {s['found']}." in rating["ratingExplanation"]
        assert review["claimReviewed"] == shorten(s["text"])
        assert [c["description"] for c in review["citation"]] == [e["fact"] for e in s["evidence"]]


def test_the_claim_appears_in_the_article_at_its_url_or_path(document: dict) -> None:
    reviews = [n for n in document["@graph"] if n["@type"] == "ClaimReview"]
    with_url = [r for r in reviews if "url" in r["itemReviewed"]["appearance"]]
    assert with_url and all(
        r["itemReviewed"]["appearance"]
        == {"@type": "CreativeWork", "url": "https://news.example/2025/11/kazakhstan"}
        and r["itemReviewed"]["datePublished"] == "2025-11-07"
        for r in with_url
    )
    first = reviews[0]["itemReviewed"]
    assert first["appearance"] == {
        "@type": "CreativeWork",
        "name": str(SAMPLES / "01_wire_announcement.txt"),
    }
    assert first["datePublished"] == "2025-11-06"


def test_the_manifest_is_a_node_of_its_own(document: dict) -> None:
    node = document["@graph"][-1]
    assert node["@type"] == "SoftwareApplication" and node["name"] == "accordcheck"
    assert node["manifest"]["inputs"][-1]["path"].endswith("with-url.md")


def test_author_and_publisher_come_from_the_config_file(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(FRONT_MATTER, encoding="utf-8")
    (tmp_path / ".accordcheck.yaml").write_text(
        "claimreview_author: Desk Fact Team\n"
        "claimreview_author_url: https://desk.example/team\n"
        "claimreview_publisher: The Daily Example\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "accordcheck", "scan", "a.md", "--format", "claimreview"],
        capture_output=True, text=True, cwd=tmp_path, env=env, check=False,
    )  # fmt: skip
    assert out.returncode == 1, out.stderr
    review = json.loads(out.stdout)["@graph"][0]
    assert review["author"] == {
        "@type": "Organization",
        "name": "Desk Fact Team",
        "url": "https://desk.example/team",
    }
    assert review["publisher"] == {"@type": "Organization", "name": "The Daily Example"}


def test_defaults_sign_as_accordcheck(render, tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(FRONT_MATTER, encoding="utf-8")
    doc = json.loads(render("claimreview", [article], publisher=Publisher()))
    review = doc["@graph"][0]
    assert (
        review["author"] == review["publisher"] == {"@type": "Organization", "name": "accordcheck"}
    )


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "Bahrain joined the Abraham Accords in 2021",
            "Bahrain joined the Abraham Accords in 2021",
        ),
        (
            "Kazakhstan,   which established diplomatic relations with Israel shortly after "
            "independence, will become the fifth",
            "Kazakhstan, which established diplomatic relations with Israel shortly…",
        ),
        ("x" * 80, "x" * 74 + "…"),
    ],
)
def test_claim_reviewed_is_cut_at_a_word(text: str, short: str) -> None:
    assert shorten(text) == short


@given(st.text(alphabet=st.sampled_from("ab c,\n—"), max_size=200))
def test_claim_reviewed_never_exceeds_75_characters_and_cuts_between_words(text: str) -> None:
    folded = " ".join(text.split())
    short = shorten(text)
    assert len(short) <= 75
    if len(folded) <= 75:
        assert short == folded
    else:
        head = short.removesuffix("…")
        assert short.endswith("…") and folded.startswith(head)
        if " " in folded[:75]:
            assert folded[len(head)] in " ,—"
