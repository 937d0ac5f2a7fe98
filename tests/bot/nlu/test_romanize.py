"""Cyrillic typed in Latin letters meets the same word in Cyrillic."""
import pytest

from bot.nlu.romanize import has_cyrillic, romanize


@pytest.mark.parametrize("cyrillic, typed", [("още", "oshte"), ("деньги", "dengi"), ("паспорт", "pasport"),
                                             ("помощ", "pomosht"), ("хочу", "hochu"), ("дякую", "dyakuyu")])
def test_cyrillic_words_come_out_as_people_type_them_in_latin(cyrillic, typed):
    assert romanize(cyrillic) == typed


def test_other_scripts_and_latin_stay_as_they_are():
    assert romanize("Malmö ภาษาไทย 中文") == "malmö ภาษาไทย 中文"
    assert not has_cyrillic("Malmö") and has_cyrillic("в Malmö")
