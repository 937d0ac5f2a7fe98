"""The benchmark's split: a fifth held out per language and intent, spelling variants kept together."""
from bench.nlu import (
    NEAR_COPY,
    SEED,
    danger_by_language,
    danger_misses,
    danger_table,
    independent_examples,
    independent_table,
    macro_f1_by_language,
    nearest_training_similarity,
    split,
    splits_table,
)


def examples(count: int):
    return [("sv", "medical", f"ord {index}") for index in range(count)]


def test_a_fifth_of_each_intent_is_held_out_and_nothing_is_on_both_sides():
    data = examples(50) + [("en", "greet", f"hi {index}") for index in range(10)]
    train, held_out = split(data)
    assert len([e for e in held_out if e[1] == "medical"]) == 10 and len([e for e in held_out if e[1] == "greet"]) == 2
    assert not set(train) & set(held_out) and len(train) + len(held_out) == len(data)


def test_another_seed_holds_out_other_examples_of_the_same_size():
    data = examples(50)
    _, first = split(data)
    _, other = split(data, SEED + 1)
    assert len(first) == len(other) and set(first) != set(other)


def test_a_message_not_understood_counts_against_the_languages_macro_f1():
    held_out = [("en", "greet", "hi"), ("en", "thanks", "ty"), ("sv", "greet", "hej")]
    scores = macro_f1_by_language(held_out, ["greet", "nlu_fallback", "greet"])
    assert scores["sv"] == 1.0 and scores["en"] < 1.0


def test_the_splits_table_puts_the_main_split_first_with_mean_and_lowest():
    rows = splits_table({SEED + 1: {"en": 0.96}, SEED: {"en": 0.94}})
    assert rows[0].index(f"seed {SEED}") < rows[0].index(f"seed {SEED + 1}")
    assert rows[2] == "| en | 0.940 | 0.960 | 0.950 | 0.940 |"


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


def parse(*ranking):
    return {"intent": {"name": ranking[0][0], "confidence": ranking[0][1]},
            "intent_ranking": [{"name": name, "confidence": confidence} for name, confidence in ranking]}


def test_the_danger_table_counts_112_first_where_the_check_runs():
    held_out = [("en", "emergency", "a"), ("en", "emergency", "b"), ("en", "medical", "c")]
    parses = [parse(("emergency", 0.9), ("medical", 0.1)),          # understood as emergency
              parse(("medical", 0.7), ("emergency", 0.2)),          # answered as medical, danger second
              parse(("medical", 0.6), ("emergency", 0.3))]          # a medical question, danger second
    rows = {tuple(cell.strip() for cell in row.split("|")[1:3]): row for row in danger_table(held_out, parses, 0.45, 0.05)
            if row.startswith("| ") and "confidence" not in row}
    assert "1 of 2" in rows[("not understood / out of scope", "0.15")] and "0 of 1" in rows[("not understood / out of scope", "0.15")]
    assert "2 of 2" in rows[("every answer", "0.15")] and "1 of 1" in rows[("every answer", "0.15")]
    assert "1 of 2" in rows[("every answer", "0.25")] and "1 of 1" in rows[("every answer", "0.25")]


def test_adding_an_example_moves_at_most_one_other_across_the_split():
    data = examples(50)
    _, before = split(data)
    _, after = split(data + [("sv", "medical", "ny rad")])
    assert len(set(before) - set(after)) <= 1


def test_independent_messages_take_their_language_from_the_file_name(tmp_path):
    (tmp_path / "ro.tsv").write_text("greet\tbuna ziua\n\nthanks\t multumesc \n", encoding="utf-8")
    assert independent_examples(tmp_path) == [("ro", "greet", "buna ziua"), ("ro", "thanks", "multumesc")]


def test_the_independent_table_scores_apart_the_messages_that_are_training_examples():
    messages = [("en", "greet", "Hi"), ("en", "thanks", "ty"), ("sv", "greet", "hej")]
    rows = independent_table(messages, ["greet", "greet", "greet"], train_part=[("en", "greet", "hi")])
    assert rows[-2] == "| en | 2 | 0.500 | 0.500 | 0.333 | 0.000 |"
    assert rows[-1] == "| sv | 1 | 0.000 | 1.000 | 1.000 | 1.000 |"


def test_danger_per_language_counts_each_language_apart_and_lists_the_misses():
    held_out = [("en", "emergency", "a"), ("th", "emergency", "b"), ("th", "emergency", "c"), ("th", "medical", "d")]
    parses = [parse(("emergency", 0.9), ("medical", 0.1)),          # understood as emergency
              parse(("medical", 0.7), ("emergency", 0.2)),          # danger second, above the check's confidence
              parse(("deny", 0.94), ("safety", 0.06)),              # emergency not among the guesses: missed
              parse(("medical", 0.9), ("greet", 0.1))]              # a medical question, no danger
    rows = {row.split("|")[1].strip(): row for row in danger_by_language(held_out, parses, 0.45, 0.05) if row.startswith("| ")}
    assert "| 1 of 1 | 0 of 0 |" in rows["en"]
    assert "| 1 of 2 | 0 of 1 |" in rows["th"]
    assert danger_misses(held_out, parses, 0.45, 0.05) == ([("th", "emergency", "c")], ["deny"])
