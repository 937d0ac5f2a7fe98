"""Region routing and 'talk to a person'."""
import pytest

from actions import wording
from actions.contact import ActionContact
from tests.conftest import SEEN, slot_events, texts


def place(name: str, county: str) -> dict:
    return {"entity": "place", "value": name, "county": county}


@pytest.mark.parametrize("locale", ["en", "sv"])
async def test_asking_for_a_person_gives_the_national_contacts_and_asks_only_for_a_place(locale, make_tracker, dispatcher):
    events = await ActionContact().run(dispatcher, make_tracker(intent="contact", slots={**SEEN, "language": locale}), {})
    assert texts(dispatcher) == [wording.say("contact.short", locale), wording.say("contact.ask_place", locale)]
    assert slot_events(events)["awaiting_place"] is True


@pytest.mark.parametrize(
    "name, county, region",
    [("Malmö", "Skåne", "Syd"), ("Göteborg", "Västra Götaland", "Väst"), ("Kiruna", "Norrbotten", "Nord"),
     ("Gotland", "Gotland", "Stockholm"), ("Karlstad", "Värmland", "Bergslagen"), ("Norrköping", "Östergötland", "Öst"),
     ("Västerås", "Västmanland", "Mitt")],
)
async def test_a_place_is_routed_to_its_region(name, county, region, make_tracker, dispatcher):
    tracker = make_tracker(intent="inform_place", entities=[place(name, county)], slots={**SEEN, "language": "en", "awaiting_place": True})
    events = await ActionContact().run(dispatcher, tracker, {})
    assert texts(dispatcher)[0] == wording.say("contact.region", "en", place=name, region=region)
    assert slot_events(events)["awaiting_place"] is False


async def test_an_unknown_place_is_said_honestly_and_the_question_stays_open(make_tracker, dispatcher):
    tracker = make_tracker(intent="contact", text="Atlantis", slots={**SEEN, "language": "sv", "awaiting_place": True})
    events = await ActionContact().run(dispatcher, tracker, {})
    assert texts(dispatcher) == [wording.say("contact.place_unknown", "sv")]
    assert slot_events(events)["awaiting_place"] is True


async def test_a_place_named_together_with_the_question_is_routed_at_once(make_tracker, dispatcher):
    tracker = make_tracker(intent="contact", entities=[place("Lund", "Skåne")], slots={**SEEN, "language": "sv"})
    await ActionContact().run(dispatcher, tracker, {})
    assert "Syd" in texts(dispatcher)[0]
