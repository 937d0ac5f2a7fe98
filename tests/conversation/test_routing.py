"""Region routing: municipalities and counties from every region, with and without å/ä/ö."""
import pytest

from actions import content, wording
from actions.language import fold
from tests.conversation.conftest import start, texts

# Without its accents this name is another municipality (Habo), so it is typed as written.
KEEP_ACCENTS = {"Håbo"}


def sample_places() -> list:
    """Three municipalities of every region (every other one folded to plain letters) and each county."""
    data = content.municipalities()
    by_county = {}
    for code, name in sorted(data["municipalities"].items()):
        by_county.setdefault(data["counties"][code[:2]], []).append(name)
    places = []
    for region in content.regions().values():
        names = [name for county in region["counties"] for name in by_county[county]]
        picked = [names[0], names[len(names) // 2], names[-1]]
        places += [(name if index % 2 or name in KEEP_ACCENTS else fold(name).title(), name, region["name"])
                   for index, name in enumerate(picked)]
        places += [(county, county, region["name"]) for county in region["counties"]]
    return places


PLACES = sample_places()


@pytest.mark.parametrize("language", ["en", "sv"])
def test_asking_for_a_person_asks_for_the_place_then_names_the_region(assistant, sender, language):
    start(assistant, sender, language)
    asked = assistant.send(sender, {"en": "can i speak with a coordinator", "sv": "kan jag prata med en koordinator"}[language])
    assert wording.say("contact.ask_place", language) in texts(asked)
    routed = assistant.send(sender, "Malmo")
    assert texts(routed)[0] == wording.say("contact.region", language, place="Malmö", region="Syd")


@pytest.mark.parametrize("typed, official, region", PLACES)
def test_every_region_is_reached_from_its_places(assistant, sender, typed, official, region):
    start(assistant, sender, "sv")
    assistant.send(sender, "jag vill prata med någon")
    routed = texts(assistant.send(sender, typed))
    assert routed[0] == wording.say("contact.region", "sv", place=official, region=region), f"{typed} → {routed}"


def test_a_place_in_a_sentence_is_understood(assistant, sender):
    start(assistant, sender, "en")
    routed = texts(assistant.send(sender, "i live in goteborg, who can help me"))
    assert wording.say("contact.region", "en", place="Göteborg", region="Väst") in routed


def test_an_unknown_place_is_said_honestly(assistant, sender):
    start(assistant, sender, "en")
    assistant.send(sender, "i want to talk to a person")
    replies = texts(assistant.send(sender, "Narnia"))
    assert wording.say("contact.place_unknown", "en") in replies


@pytest.mark.parametrize("spelling", ["official", "without accents"])
def test_all_290_municipalities_route_to_their_region(assistant, sender, spelling):
    data = content.municipalities()
    start(assistant, sender, "en")
    wrong = []
    for code, name in data["municipalities"].items():
        typed = name if spelling == "official" or name in KEEP_ACCENTS else fold(name)
        region = content.region_for_county(data["counties"][code[:2]])["name"]
        replies = texts(assistant.send(sender, typed))
        if not replies or replies[0] != wording.say("contact.region", "en", place=name, region=region):
            wrong.append((typed, replies[:1]))
    assert not wrong, f"{len(wrong)} municipalities routed wrongly: {wrong[:5]}"
