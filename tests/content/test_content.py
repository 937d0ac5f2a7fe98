"""Content integrity: every topic has facts and sources; every wording exists, fits and resolves."""
import re
from pathlib import Path

import pytest
import yaml

from actions import content, wording
from tests.conftest import LANGUAGES, TOPIC_KEYS

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
PLACEHOLDER = re.compile(r"%\{(\w+)\}")


def locale_file(locale: str) -> dict:
    """The raw YAML of one locale file."""
    return yaml.safe_load((ROOT / "locales" / f"{locale}.yml").read_text(encoding="utf-8"))[locale]


def flat_keys(tree: dict, prefix: str = "") -> dict:
    """'a.b.c' → text for every leaf of a locale tree."""
    leaves = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            leaves.update(flat_keys(value, f"{prefix}{key}."))
        else:
            leaves[f"{prefix}{key}"] = value
    return leaves


def test_the_seventeen_topic_keys_of_the_design_are_the_topics_in_content():
    assert sorted(content.topics()) == sorted(TOPIC_KEYS)


@pytest.mark.parametrize("key", TOPIC_KEYS)
def test_every_topic_states_facts_with_a_known_source_and_section(key):
    sources = yaml.safe_load((ROOT / "content" / "sources.yml").read_text(encoding="utf-8"))
    topic = content.topic(key)
    assert topic["statements"], f"{key} states nothing"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(topic["checked"]))
    for statement in topic["statements"]:
        assert statement["says"].strip()
        for ref in [statement["source"]] + ([statement["also"]] if "also" in statement else []):
            assert ref["ref"] in sources, f"{key}: unknown source {ref['ref']}"
            if ref["ref"].startswith("seed_"):
                assert ref.get("section"), f"{key}: a seed reference needs its section"


@pytest.mark.parametrize("key", TOPIC_KEYS)
def test_related_topics_exist_and_are_two_or_three(key):
    related = content.topic(key)["related"]
    assert 2 <= len(related) <= 3
    assert set(related) <= set(TOPIC_KEYS) and key not in related


@pytest.mark.parametrize("locale", LANGUAGES)
@pytest.mark.parametrize("key", TOPIC_KEYS)
def test_every_topic_has_a_title_a_short_form_of_at_most_320_characters_and_a_longer_full_form(locale, key):
    short = wording.say(f"{key}.short", locale)
    full = wording.say(f"{key}.full", locale)
    assert wording.say(f"{key}.title", locale)
    assert 0 < len(short) <= 320, f"{locale} {key}.short has {len(short)} characters"
    assert len(full) > len(short)
    for variant in content.topic(key).get("variants", []):
        assert wording.has(f"{key}.{variant}", locale)


@pytest.mark.parametrize("locale", LANGUAGES)
def test_every_wording_renders_with_every_placeholder_resolved(locale):
    for key in flat_keys(locale_file(locale)):
        if key.startswith("meta.") or key.startswith("format."):
            continue
        text = wording.say(key, locale, place="Malmö", region="Syd", word="MORE", digit="0")
        assert "%{" not in text and "%" not in text.replace(" %", ""), f"{locale}:{key} left a placeholder"


def test_every_locale_has_exactly_the_keys_of_english():
    english = set(flat_keys(locale_file("en")))
    for locale in LANGUAGES:
        assert set(flat_keys(locale_file(locale))) == english, locale


def used_wording_keys() -> set:
    """Wording keys the code can say: topic forms and variants, and dialogue keys named in actions/."""
    used = {f"{key}.{form}" for key in TOPIC_KEYS for form in ("title", "short", "full")}
    used |= {f"{key}.{variant}" for key in TOPIC_KEYS for variant in content.topic(key).get("variants", [])}
    sources = [*(ROOT / "actions").glob("*.py"), *(ROOT / "bot" / "channels").glob("*.py")]
    code = "\n".join(path.read_text(encoding="utf-8") for path in sources)
    used |= set(re.findall(r'"((?:dialogue|sms)\.\w+)"', code))
    used |= {f"dialogue.{option}_option" for option in ("more", "menu")}
    return used


def test_nothing_in_locales_is_left_unused_and_nothing_used_is_missing():
    keys = {key for key in flat_keys(locale_file("en")) if not key.startswith(("meta.", "format."))}
    assert keys == used_wording_keys()


@pytest.mark.parametrize("locale", LANGUAGES)
def test_no_number_is_copied_into_wording(locale):
    for key, text in flat_keys(locale_file(locale)).items():
        if key.startswith("format."):
            continue
        assert not re.search(r"\d", PLACEHOLDER.sub("", str(text))), f"{locale}:{key} writes a number itself"


def test_every_placeholder_name_is_defined_once():
    names = list(content.contact_values()) + [
        name for topic in content.topics().values() for name in (topic.get("values") or {})
    ] + list(content.derived_values())
    assert len(names) == len(set(names)), "a placeholder name is defined twice"


@pytest.mark.parametrize("locale", LANGUAGES)
def test_each_locale_says_whether_it_was_translated_and_reviewed(locale):
    assert isinstance(wording.meta(locale, "translated"), bool)
    assert isinstance(wording.meta(locale, "reviewed"), bool)


def seed_text() -> str:
    """Both seed documents as one text (content/sources.yml: they live beside the clone, in ../shared/seeds)."""
    documents = sorted(SEEDS.glob("0*.txt"))
    assert len(documents) == 2, f"the two seed documents are not in {SEEDS}: clone the repository next to shared/"
    return "\n".join(path.read_text(encoding="utf-8") for path in documents)


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.mark.parametrize("placeholder", ["national_line_phone", "iom_finland_phone"])
def test_phone_numbers_are_the_ones_in_the_seeds(placeholder):
    number = digits(content.contact_values()[placeholder])
    seed_numbers = {digits(line) for line in seed_text().splitlines() if "Tfn" in line or "Telefon" in line}
    assert any(number in found for found in seed_numbers)


@pytest.mark.parametrize("placeholder", ["national_line_email", "iom_finland_email", "coordinators_page_url"])
def test_addresses_are_the_ones_in_the_seeds(placeholder):
    assert content.contact_values()[placeholder] in seed_text()


@pytest.mark.parametrize(
    "name, seed_wording",
    [
        ("monthly_allowance", "USD 150"),
        ("allowance_total", "USD 900"),
        ("basic_needs_grant", "USD 2,800"),
        ("medical_grant", "USD 300"),
    ],
)
def test_amounts_are_the_ones_in_the_manual(name, seed_wording):
    value = content.topic("financial_support")["values"][name]
    assert f"{value['currency']} {value['amount']:,}" == seed_wording
    assert seed_wording in seed_text()


def test_the_child_share_and_the_months_are_the_ones_in_the_manual():
    values = content.topic("financial_support")["values"]
    assert f"{values['child_share_percent']} % av stödsumman" in seed_text()
    assert values["allowance_months"] == 6 and "under sex månader" in seed_text()


def test_reflection_period_rests_on_the_law_named_in_content():
    topic = content.topic("reflection_period")
    refs = {statement["source"]["ref"] for statement in topic["statements"]}
    assert {"aliens_act", "coe_convention"} <= refs
    assert topic["values"]["reflection_days"] == 30
