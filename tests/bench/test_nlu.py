"""The benchmark's split: a fifth held out per language and intent, spelling variants kept together."""
from bench.nlu import NEAR_COPY, nearest_training_similarity, split


def examples(count: int):
    return [("sv", "medical", f"ord {index}") for index in range(count)]


def test_a_fifth_of_each_intent_is_held_out_and_nothing_is_on_both_sides():
    data = examples(50) + [("en", "greet", f"hi {index}") for index in range(10)]
    train, held_out = split(data)
    assert len([e for e in held_out if e[1] == "medical"]) == 10 and len([e for e in held_out if e[1] == "greet"]) == 2
    assert not set(train) & set(held_out) and len(train) + len(held_out) == len(data)


def test_spellings_the_classifier_cannot_tell_apart_stay_on_one_side():
    data = examples(40) + [("sv", "medical", "tandläkare"), ("sv", "medical", "Tandlakare"), ("sv", "medical", "tandlakare  ")]
    train, held_out = split(data)
    variants = {e for e in data if "tand" in e[2].lower()}
    assert variants <= set(train) or variants <= set(held_out)


def test_a_held_out_paraphrase_of_a_training_example_counts_as_a_near_copy():
    train = [("en", "medical", "i need a doctor now"), ("en", "greet", "hello there")]
    held_out = [("en", "medical", "i need a doctor"), ("en", "greet", "good evening friend")]
    near, far = nearest_training_similarity(train, held_out)
    assert near >= NEAR_COPY > far
