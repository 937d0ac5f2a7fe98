"""SMS and WhatsApp through the Twilio channel of the running assistant: signed requests only,
TwiML answers in the person's language within SMS limits, "more", STOP/START/HELP, pseudonyms."""
import itertools
import xml.etree.ElementTree as ElementTree
from typing import Dict, List

import pytest
import requests

from actions import content, wording
from bot.channels.sms_parts import encoding_of, length
from bot.channels.twilio_sms import MORE_DIGIT
from tests.conversation.conftest import TWILIO_PUBLIC_URL, stored_id
from tests.conversation.test_languages import phrase

# Swedish mobile numbers reserved for fiction (070-1740605 … 070-1740699), one per conversation.
FICTION_NUMBERS = (f"+467017406{n:02d}" for n in itertools.count(5))
# Words that must not show on a lock screen in the first SMS (stems, lower case), per script.
SENSITIVE = ["traffick", "prostitu", "exploit", "människohandel", "utnytt", "trafic", "exploat", "trata",
             "explota", "tráfico", "explora", "handel ludź", "wykorzyst", "трафик", "проститу", "експлоат",
             "торговл", "эксплуат", "торгів", "експлуат", "ค้ามนุษย์", "ค้าประเวณี", "贩卖", "拐卖", "卖淫", "性交易", "剥削"]


@pytest.fixture
def number() -> str:
    return next(FICTION_NUMBERS)


def sms(sender: str, body: str, **extra: str) -> Dict[str, str]:
    """The parameters Twilio posts for an incoming SMS (no media)."""
    return {"From": sender, "To": "+46701740699", "Body": body, "NumMedia": "0", "MessageSid": "SM" + "0" * 32, **extra}


def messages(response: requests.Response) -> List[str]:
    """The bodies of the TwiML <Message> elements, parsed as XML."""
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith(("application/xml", "text/xml"))
    root = ElementTree.fromstring(response.text)
    assert root.tag == "Response"
    return [element.text or "" for element in root.iter("Message")]


def send(assistant, sender: str, body: str) -> List[str]:
    return messages(assistant.twilio(sms(sender, body)))


def fits_sms(parts: List[str]) -> bool:
    """Every part within the limit of its encoding (one SMS, or parts of a long one)."""
    if len(parts) == 1:
        return length(parts[0], encoding_of(parts[0])) <= encoding_of(parts[0]).single
    return all(length(part, encoding_of(part)) <= encoding_of(part).per_part for part in parts)


def flat(text: str) -> str:
    return " ".join(text.split())


def unspaced(text: str) -> str:
    """Without any whitespace: Thai has no spaces between words, so parts join without them."""
    return "".join(text.split())


def test_a_signed_sms_gets_a_twiml_answer_in_the_persons_language(assistant, number):
    parts = send(assistant, number, phrase("sv", "greet"))
    assert parts and fits_sms(parts)
    assert flat(parts[0]).startswith(flat(wording.say("dialogue.greeting", "sv"))[:40])


@pytest.mark.parametrize("tamper", ["missing", "altered signature", "altered body", "other url"])
def test_an_unsigned_or_tampered_request_is_refused(assistant, number, tamper):
    params = sms(number, "hello")
    validator_url = "https://evil.example.com/webhooks/twilio/webhook" if tamper == "other url" else TWILIO_PUBLIC_URL
    from twilio.request_validator import RequestValidator

    signature = RequestValidator("twilio-tests-only").compute_signature(validator_url, params)
    if tamper == "missing":
        signature = ""
    elif tamper == "altered signature":
        signature = signature[:-2] + ("AA" if not signature.endswith("AA") else "BB")
    elif tamper == "altered body":
        params = {**params, "Body": "hello again"}
    response = assistant.twilio(params, signature=signature)
    assert response.status_code == 403
    assert number.encode() not in response.content


@pytest.mark.parametrize("params", [{"Body": ""}, {"Body": None}, {"Body": "", "NumMedia": "1", "MediaUrl0": "https://example.com/a.jpg"},
                                    {"Body": "a" * 20_000}, {"Body": "\u0000\u202e"}])
def test_no_text_media_only_or_a_huge_body_gets_a_clear_answer(assistant, number, params):
    request = {key: value for key, value in {**sms(number, ""), **params}.items() if value is not None}
    parts = messages(assistant.twilio(request))
    assert parts and fits_sms(parts)


def test_a_picture_without_text_is_answered_that_only_text_can_be_read(assistant, number):
    send(assistant, number, phrase("es", "greet"))
    parts = messages(assistant.twilio(sms(number, "", NumMedia="1", MediaUrl0="https://example.com/a.jpg")))
    assert unspaced("".join(parts)).startswith(unspaced(wording.say("sms.media", "es"))[:30])


def test_a_long_answer_comes_in_parts_and_more_gives_the_rest_in_order(assistant, number):
    prompt = wording.say("sms.more", "th", word=wording.say("sms.more_word", "th"), digit=MORE_DIGIT)
    pages = [send(assistant, number, phrase("th", "greet"))]
    while prompt in pages[-1][-1] and len(pages) < 40:
        assert len(pages[-1]) <= 2 and fits_sms(pages[-1])
        pages.append(send(assistant, number, MORE_DIGIT if len(pages) % 2 else wording.say("sms.more_word", "th")))
    assert len(pages) > 2, "the Thai greeting did not need paging"
    received = unspaced("".join(part.replace(prompt, "") for page in pages for part in page))
    expected = [wording.say(key, "th") for key in ("dialogue.greeting", "dialogue.privacy", "sms.phone_notice",
                                                   "dialogue.translation_notice", "dialogue.menu_intro")]
    positions = [received.find(unspaced(text)) for text in expected]
    assert -1 not in positions and positions == sorted(positions), positions


@pytest.mark.parametrize("language", content.language_codes())
def test_the_first_sms_names_nothing_sensitive_and_says_messages_stay_on_the_phone(assistant, number, language):
    prompt = wording.say("sms.more", language, word=wording.say("sms.more_word", language), digit=MORE_DIGIT)
    page = " ".join(send(assistant, number, phrase(language, "greet")))
    assert not [word for word in SENSITIVE if word in page.lower()]
    received = [page]
    while prompt in received[-1] and len(received) < 30:
        received.append(" ".join(send(assistant, number, MORE_DIGIT)))
    assert unspaced(wording.say("sms.phone_notice", language)) in unspaced("".join(received).replace(prompt, ""))


def test_help_stop_and_start_behave_as_carriers_expect(assistant, number):
    send(assistant, number, phrase("ro", "greet"))
    assert flat(" ".join(send(assistant, number, "HELP"))).startswith(flat(wording.say("sms.help", "ro"))[:40])
    assert stored_id(number, "twilio_sms").encode() in stored_bytes(assistant)
    stopped = send(assistant, number, "STOP")
    assert flat(" ".join(stopped)) == flat(wording.say("sms.stopped", "ro"))
    assert stored_id(number, "twilio_sms").encode() not in stored_bytes(assistant)
    assert send(assistant, number, "hello?") == []
    restarted = flat(" ".join(send(assistant, number, "start")))
    assert flat(wording.say("dialogue.privacy", "en"))[:30] in restarted


def test_whatsapp_and_sms_from_one_number_are_separate_conversations(assistant, number):
    send(assistant, number, phrase("es", "greet"))
    whatsapp = messages(assistant.twilio(sms(f"whatsapp:{number}", phrase("pl", "greet"))))
    assert len(whatsapp) == 1 and wording.say("dialogue.greeting", "pl") in whatsapp[0]
    stored = stored_bytes(assistant)
    assert stored_id(number, "twilio_sms").encode() in stored
    assert stored_id(f"whatsapp:{number}", "twilio_whatsapp").encode() in stored


def test_identifiers_sent_by_sms_are_found_in_no_store_and_no_log(assistant, number):
    planted = ["070-1740642", "+46 70 174 06 43", "maria.test@example.com", "19900101-1235", "SE45 5000 0000 0583 9825 7466"]
    send(assistant, number, "hello")
    for value in planted:
        send(assistant, number, f"my details are {value}")
    stored, logged = stored_bytes(assistant), b"".join(path.read_bytes() for path in assistant.logs)
    for value in [*planted, number, number.replace("+", "")]:
        assert value.encode() not in stored, f"{value} is in the database"
        assert value.encode() not in logged, f"{value} is in the logs"
    assert b"my details are" not in logged


def stored_bytes(assistant) -> bytes:
    return b"".join(path.read_bytes() for path in assistant.database.parent.glob("conversations.db*"))
