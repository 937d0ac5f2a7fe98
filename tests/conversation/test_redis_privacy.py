"""On Redis too (tracker store and lock store): nothing that identifies a person is kept, and
forget_me and STOP leave nothing behind."""
import redis

from tests.conftest import redis_contents
from tests.conversation.conftest import stored_id
from tests.conversation.test_twilio import messages, sms

PLANTED = ["070-1740651", "+46 70 174 06 52", "sara.test@example.com", "19900101-1235", "AB1234567",
           "SE45 5000 0000 0583 9825 7466", "4111 1111 1111 1111"]
NUMBER = "+46701740653"


def everything(redis_server) -> bytes:
    """Every key and value of both Redis databases (conversations and locks)."""
    return b"\n".join(redis_contents(redis.Redis(host=redis_server["host"], port=redis_server["port"], db=db))
                      for db in (0, 1))


def test_planted_identifiers_over_rest_and_sms_are_in_no_redis_key_or_value_and_no_log(redis_assistant, redis_server, sender):
    redis_assistant.send(sender, "hello")
    messages(redis_assistant.twilio(sms(NUMBER, "hello")))
    for value in PLANTED:
        redis_assistant.send(sender, f"my number and details: {value}")
        messages(redis_assistant.twilio(sms(NUMBER, f"my number and details: {value}")))
    stored = everything(redis_server)
    logged = b"".join(path.read_bytes() for path in redis_assistant.logs)
    assert stored_id(sender).encode() in stored and stored_id(NUMBER, "twilio_sms").encode() in stored
    for value in [*PLANTED, sender, NUMBER, NUMBER[1:]]:
        assert value.encode() not in stored, f"{value} is in Redis"
        assert value.encode() not in logged, f"{value} is in the logs"
    assert b"[phone]" in stored and b"[email]" in stored and b"[card]" in stored
    assert b"my number and details" not in logged


def test_forget_me_and_stop_remove_the_conversation_from_redis(redis_assistant, redis_server, sender):
    redis_assistant.send(sender, "hello")
    messages(redis_assistant.twilio(sms("+46701740654", "hello")))
    assert stored_id(sender).encode() in everything(redis_server)
    redis_assistant.send(sender, "delete this chat")
    messages(redis_assistant.twilio(sms("+46701740654", "STOP")))
    stored = everything(redis_server)
    assert stored_id(sender).encode() not in stored
    assert stored_id("+46701740654", "twilio_sms").encode() not in stored
