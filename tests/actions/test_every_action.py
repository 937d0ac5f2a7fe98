"""Every action of the action server runs in every language and says only that language's wording."""
import importlib
import pkgutil
from pathlib import Path

import pytest
import yaml

import actions
from actions import content, wording
from actions.base import AssistantAction
from actions.conversation import ActionDeny, ActionGoodbye, ActionThanks
from actions.topics import ActionAffirm
from tests.conftest import slot_events, texts
from tests.conversation.wordings import rendered

for module in pkgutil.iter_modules(actions.__path__):
    importlib.import_module(f"actions.{module.name}")


def all_actions():
    found, queue = [], list(AssistantAction.__subclasses__())
    while queue:
        cls = queue.pop()
        queue += cls.__subclasses__()
        found.append(cls)
    return sorted(found, key=lambda cls: cls.action_name)


def test_every_action_in_the_domain_is_implemented_and_vice_versa():
    domain = yaml.safe_load((Path(actions.__file__).parent.parent / "domain.yml").read_text())
    assert sorted(domain["actions"]) == sorted(cls.action_name for cls in all_actions())


@pytest.mark.parametrize("locale", content.language_codes())
@pytest.mark.parametrize("action", all_actions(), ids=lambda cls: cls.action_name)
async def test_the_action_answers_in_the_conversation_language(action, locale, make_tracker, dispatcher):
    tracker = make_tracker(intent="programme", text="x", slots={"intro_shown": True, "language": locale,
                                                                "notice_languages": content.language_codes()})
    await action().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    assert said, f"{action.action_name} said nothing"
    known = rendered(locale)
    assert all(text in known or known.matches_template(text) for text in said)


@pytest.mark.parametrize("action, key", [(ActionGoodbye, "dialogue.goodbye"), (ActionThanks, "dialogue.thanks"),
                                         (ActionDeny, "dialogue.deny")])
async def test_small_talk_answers_briefly_without_pushing(action, key, make_tracker, dispatcher):
    events = await action().run(dispatcher, make_tracker(slots={"intro_shown": True, "language": "en"}), {})
    assert texts(dispatcher) == [wording.say(key, "en")]
    assert "offered_options" not in slot_events(events)


async def test_yes_after_an_answer_means_tell_me_more(make_tracker, dispatcher):
    tracker = make_tracker(intent="affirm", slots={"intro_shown": True, "language": "en", "last_topic": "journey",
                                                   "offered_options": ["more", "topic:safety"]})
    await ActionAffirm().run(dispatcher, tracker, {})
    assert texts(dispatcher)[0] == wording.say("journey.full", "en")


async def test_yes_out_of_context_opens_the_menu(make_tracker, dispatcher):
    tracker = make_tracker(intent="affirm", slots={"intro_shown": True, "language": "en", "offered_options": ["language:en"]})
    events = await ActionAffirm().run(dispatcher, tracker, {})
    assert texts(dispatcher)[0] == wording.say("dialogue.menu_intro", "en")
    assert len(slot_events(events)["offered_options"]) == len(content.menu()["all"])
