"""SMS length rules: split an answer into parts a phone shows whole, and page long answers.

An SMS in the GSM-7 alphabet holds 160 characters (153 per part when an answer takes several);
one letter outside it (Thai, Romanian ș/ț/ă, Cyrillic, Chinese, emoji) makes the whole message
UCS-2: 70, or 67 per part (characters outside the Basic Multilingual Plane count twice). Parts
end at a line, then a sentence, then a word; only a word longer than a part is cut. A long answer
sends its first parts with a line offering the rest ("more"), which the channel keeps until asked.
"""
import re
from dataclasses import dataclass
from typing import List, Tuple

from bot.nlu.tokenizer import script_language

GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = set("^{}\\[~]|€\f")  # two septets each
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")


@dataclass(frozen=True)
class Encoding:
    """An SMS alphabet and its limits."""

    name: str
    single: int
    per_part: int


GSM_7 = Encoding("GSM-7", 160, 153)
UCS_2 = Encoding("UCS-2", 70, 67)


def encoding_of(text: str) -> Encoding:
    """GSM-7 when every character is in its alphabet, else UCS-2."""
    return GSM_7 if all(char in GSM_BASIC or char in GSM_EXTENDED for char in text) else UCS_2


def length(text: str, encoding: Encoding) -> int:
    """Length in the units the encoding counts (septets or UTF-16 code units)."""
    if encoding is GSM_7:
        return sum(2 if char in GSM_EXTENDED else 1 for char in text)
    return sum(2 if ord(char) > 0xFFFF else 1 for char in text)


def _atoms(text: str, limit: int, encoding: Encoding) -> List[Tuple[str, str]]:
    """(piece, separator before it): lines, else sentences, else words, else cut pieces, each within the limit."""
    atoms: List[Tuple[str, str]] = []
    for line_number, line in enumerate(text.split("\n")):
        joiner = "\n" if line_number else ""
        if length(line, encoding) <= limit:
            atoms.append((line, joiner))
            continue
        for sentence_number, sentence in enumerate(s for s in SENTENCE_END.split(line) if s):
            sentence_joiner = joiner if sentence_number == 0 else " "
            if length(sentence, encoding) <= limit:
                atoms.append((sentence, sentence_joiner))
                continue
            for word_number, word in enumerate(sentence.split(" ")):
                word_joiner = sentence_joiner if word_number == 0 else " "
                for piece_number, piece in enumerate(_cut(word, limit, encoding)):
                    atoms.append((piece, word_joiner if piece_number == 0 else ""))
    return atoms


def _cut(word: str, limit: int, encoding: Encoding) -> List[str]:
    """A run longer than a part, cut between Thai words (written without spaces), else anywhere."""
    if length(word, encoding) <= limit:
        return [word]
    pieces: List[str] = []
    for segment in _thai_words(word) if script_language(word) == "th" else [word]:
        if pieces and length(pieces[-1] + segment, encoding) <= limit:
            pieces[-1] += segment
            continue
        while length(segment, encoding) > limit:
            cut = limit
            while length(segment[:cut], encoding) > limit:
                cut -= 1
            pieces.append(segment[:cut])
            segment = segment[cut:]
        if segment:
            pieces.append(segment)
    return pieces


def _thai_words(text: str) -> List[str]:
    """Thai text segmented into words (PyThaiNLP, as the NLU tokenizer does)."""
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, engine="newmm")


def _pack(atoms: List[Tuple[str, str]], limits: List[int], encoding: Encoding) -> Tuple[List[str], List[Tuple[str, str]]]:
    """Fill parts with whole atoms, one limit per part; the atoms that did not fit."""
    parts: List[str] = []
    index = 0
    for limit in limits:
        if index >= len(atoms):
            break
        part = atoms[index][0]
        index += 1
        while index < len(atoms):
            piece, joiner = atoms[index]
            candidate = part + joiner + piece if part else piece
            if length(candidate, encoding) > limit:
                break
            part, index = candidate, index + 1
        parts.append(part.strip())
    return [part for part in parts if part], atoms[index:]


def split(text: str, encoding: Encoding = None) -> List[str]:
    """Every part of the text: one SMS if it fits, else parts of the per-part size."""
    text = text.strip()
    encoding = encoding or encoding_of(text)
    if length(text, encoding) <= encoding.single:
        return [text] if text else []
    atoms = _atoms(text, encoding.per_part, encoding)
    parts, _ = _pack(atoms, [encoding.per_part] * len(atoms), encoding)
    return parts


def first_parts(text: str, more_prompt: str, max_parts: int = 2) -> Tuple[List[str], str]:
    """At most `max_parts` parts to send now, the last ending with the prompt when text remains; the rest."""
    text = text.strip()
    encoding = encoding_of(text + more_prompt)
    parts = split(text, encoding)
    if len(parts) <= max_parts:
        return parts, ""
    room = encoding.per_part - length(more_prompt, encoding) - 1
    sent, rest = _pack(_atoms(text, encoding.per_part, encoding), [encoding.per_part] * (max_parts - 1), encoding)
    if rest and length(rest[0][0], encoding) > room:  # only the atom that opens the last part is cut smaller
        piece, joiner = rest[0]
        smaller = _atoms(piece, room, encoding)
        rest = [(smaller[0][0], joiner), *smaller[1:], *rest[1:]]
    last, rest = _pack(rest, [room], encoding)
    sent += last
    sent[-1] = f"{sent[-1]}\n{more_prompt}"
    remaining = "".join(joiner + piece for piece, joiner in rest).strip()
    return sent, remaining
