"""SMS parts respect the encoding's limits, end at natural boundaries, and lose nothing."""
import re

import pytest

from bot.channels.sms_parts import GSM_7, UCS_2, encoding_of, first_parts, length, split

ENGLISH = ("You can get money every month for a while. There is also money for basic needs. "
           "Children with you usually get a share.\nIOM Finland decides. It takes time, often because "
           "of travel documents. A coordinator helps you apply and explains the forms in your language.")
ROMANIAN = ("Poți primi bani în fiecare lună. Există și bani pentru nevoi de bază. Copiii care sunt cu "
            "tine primesc de obicei o parte. Coordonatorul te ajută să aplici și îți explică formularele.")
THAI = ("คุณจะได้รับเงินทุกเดือนเป็นเวลาหนึ่ง มีเงินสำหรับความต้องการพื้นฐานด้วย "
        "เด็กที่อยู่กับคุณมักจะได้รับส่วนหนึ่ง ผู้ประสานงานช่วยคุณสมัครและอธิบายแบบฟอร์มในภาษาของคุณ")


def words(text: str) -> list:
    return re.findall(r"\S+", text)


@pytest.mark.parametrize("text, encoding", [("Hej, hur mår du? Åsa i Malmö", GSM_7), ("a ~ {b}", GSM_7),
                                            ("Bună ziua, ștergeți", UCS_2), ("สวัสดี", UCS_2),
                                            ("Привет", UCS_2), ("你好", UCS_2), ("ok 🙂", UCS_2)])
def test_one_letter_outside_gsm_7_makes_the_message_ucs_2(text, encoding):
    assert encoding_of(text) is encoding


def test_extension_characters_and_emoji_count_twice():
    assert length("a{b}", GSM_7) == 6
    assert length("ok 🙂", UCS_2) == 5


@pytest.mark.parametrize("text", [ENGLISH, ROMANIAN, THAI, ENGLISH * 3, "x" * 400])
def test_parts_fit_the_per_part_limit_and_keep_every_word_in_order(text):
    encoding = encoding_of(text)
    parts = split(text)
    assert len(parts) > 1
    assert all(length(part, encoding) <= encoding.per_part for part in parts)
    assert "".join(words(" ".join(parts))) == "".join(words(text))


@pytest.mark.parametrize("text, limit", [("Short answer.", 160), ("Svar på svenska, kort.", 160), ("Răspuns scurt.", 70)])
def test_a_short_answer_is_one_message(text, limit):
    assert split(text) == [text] and length(text, encoding_of(text)) <= limit


def test_parts_end_at_a_line_or_sentence_when_one_fits():
    for part in split(ENGLISH)[:-1]:
        assert part.endswith((".", "language")), part


def test_a_long_answer_sends_two_parts_offering_the_rest_and_the_rest_follows_in_order():
    prompt = "Send MORE or 0 for the rest."
    text = ENGLISH * 3
    sent, rest = first_parts(text, prompt)
    assert len(sent) == 2 and sent[-1].endswith(prompt) and rest
    assert all(length(part, GSM_7) <= GSM_7.per_part for part in sent)
    pages = [sent]
    while rest:
        sent, rest = first_parts(rest, prompt)
        pages.append(sent)
    received = " ".join(part.replace(prompt, "") for page in pages for part in page)
    assert words(received) == words(text)


def test_a_thai_answer_is_paged_within_the_ucs_2_limit():
    prompt = "ส่ง เพิ่ม หรือ 0 เพื่ออ่านส่วนที่เหลือ"
    sent, rest = first_parts(THAI, prompt)
    assert rest and all(length(part, UCS_2) <= UCS_2.per_part for part in sent)


def test_thai_written_without_spaces_is_cut_between_words():
    from pythainlp.tokenize import word_tokenize

    text = THAI.replace(" ", "")
    parts = split(text)
    boundaries, position = set(), 0
    for word in word_tokenize(text, engine="newmm"):
        position += len(word)
        boundaries.add(position)
    cuts, position = [], 0
    for part in parts[:-1]:
        position += len(part)
        cuts.append(position)
    assert "".join(parts) == text and set(cuts) <= boundaries
