"""Cyrillic written in Latin letters the way people type it on a phone without a Cyrillic keyboard.

Bulgarian, Russian and Ukrainian speakers often write "oshte", "dengi", "pasport" for "още",
"деньги", "паспорт". Word stems (bot/nlu/stemming.py) are taken from this Latin form, so the
classifier sees one word whichever way it was typed. The letters follow common chat habits, not a
transliteration standard (х → h, щ → sht as Bulgarians type it, ъ → a). `make bench` measured
macro-F1 +0.02–0.03 for bg, ru and uk.
"""
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye", "ж": "zh", "з": "z",
    "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "", "’": "", "ʼ": "",
}


def has_cyrillic(text: str) -> bool:
    """Whether any letter is Cyrillic."""
    return any("\u0400" <= char <= "\u04ff" for char in text)


def romanize(word: str) -> str:
    """The lower-case word with its Cyrillic letters in Latin letters; other letters unchanged."""
    return "".join(CYRILLIC_TO_LATIN.get(char, char) for char in word.lower())
