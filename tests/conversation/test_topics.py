"""Every topic answered in English and Swedish by the trained assistant, from phrasings it never saw."""
from pathlib import Path

import pytest
import yaml

from actions import wording
from tests.conversation.conftest import only, texts

ROOT = Path(__file__).resolve().parents[2]

# Held out: none of these is a training example (checked below).
QUESTIONS = {
    "en": {
        "programme": "what is this return programme about",
        "eligibility": "am i allowed to join the programme if i have no papers",
        "voluntariness": "do i have to go back or can i refuse",
        "application": "how do i sign up for the return help",
        "travel_documents": "my passport was taken what do i do",
        "journey": "who buys the plane ticket home",
        "reintegration": "what help is there when i arrive home",
        "financial_support": "how much money will they give me",
        "confidentiality": "will anyone find out what i tell you",
        "reflection_period": "can i get some time to think before deciding",
        "other_options": "i would rather stay in sweden, what can i do",
        "children": "my son is with me can he come too",
        "medical": "i need my medicine during the trip",
        "safety": "i am scared the people who sold me will find me at home",
        "interpreter": "i need someone who speaks my language",
        "contact": "i want to talk to a real person",
        "emergency": "he is beating me right now please help",
    },
    "sv": {
        "programme": "vad handlar återvändandeprogrammet om",
        "eligibility": "får jag vara med fast jag inte har papper",
        "voluntariness": "måste jag åka hem eller kan jag säga nej",
        "application": "hur ansöker man om hjälp att åka hem",
        "travel_documents": "de tog mitt pass vad gör jag",
        "journey": "vem köper flygbiljetten hem",
        "reintegration": "vilken hjälp finns när jag kommer hem",
        "financial_support": "hur mycket pengar får man",
        "confidentiality": "kommer någon få veta vad jag berättar",
        "reflection_period": "kan jag få tid att tänka innan jag bestämmer mig",
        "other_options": "jag vill hellre stanna i sverige vad finns det för alternativ",
        "children": "min dotter är med mig kan hon följa med",
        "medical": "jag behöver min medicin under resan",
        "safety": "jag är rädd att de som sålde mig hittar mig hemma",
        "interpreter": "jag behöver någon som pratar mitt språk",
        "contact": "jag vill prata med en riktig människa",
        "emergency": "han slår mig just nu hjälp",
    },
}
ANSWER = {"emergency": "emergency.full"}
CASES = [(language, key, question) for language, questions in QUESTIONS.items() for key, question in questions.items()]


def training_examples(language: str) -> set:
    examples = set()
    for path in (ROOT / "data" / "nlu" / language).glob("*.yml"):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            examples |= {line[2:].strip().lower() for line in block.get("examples", "").splitlines() if line.startswith("- ")}
    return examples


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_questions_are_held_out_from_training(language):
    seen = training_examples(language)
    assert seen, "no training data"
    assert not {question.lower() for question in QUESTIONS[language].values()} & seen


@pytest.mark.parametrize("language, key, question", CASES)
def test_a_first_question_gets_the_topic_answer_in_its_language(assistant, sender, language, key, question):
    replies = assistant.send(sender, question)
    said = texts(replies)
    expected = wording.say(ANSWER.get(key, f"{key}.short"), language)
    assert expected in said, f"{question!r} → {said}"
    assert only(language, replies) is None
    if key == "emergency":
        assert said[0] == expected, "112 comes before anything else"
    else:
        assert said[:2] == [wording.say("dialogue.greeting", language), wording.say("dialogue.privacy", language)]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_more_then_a_number_walks_through_related_topics(assistant, sender, language):
    assistant.send(sender, QUESTIONS[language]["financial_support"])
    more = assistant.send(sender, {"en": "tell me more", "sv": "berätta mer"}[language])
    assert texts(more)[0] == wording.say("financial_support.full", language)
    related = assistant.send(sender, "1")
    assert texts(related)[0] == wording.say("reintegration.short", language)
