"""Benchmark: how well the NLU understands each language, on data it never saw.

Splits the project's own examples (data/nlu/<lang>/) per language and intent into a training part
and a held-out part (fixed seed), trains the NLU on the training part only, and prints:
- intent accuracy and macro-F1 per language on the held-out part, and on the messages of
  bench/independent/ (written by people who never saw data/nlu/);
- language-id accuracy per language for held-out messages of 1–2, 3–5 and 6+ words, for lid.176
  alone, lingua alone, mixes of both, and those mixes with the training part's vocabulary
  (the configured mix is marked);
- training time;
- with `--more-splits N`, macro-F1 per language on N further splits (other seeds) too: one split
  is one draw.
Run with `make bench` (or `python -m bench.nlu --config other.yml` to try a pipeline); figures go
to stdout and results/bench.md. Not part of `make test`.
"""
import argparse
import asyncio
import hashlib
import logging
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score

from actions import content
from actions.danger import DANGER_MIN_CONFIDENCE, danger_in
from actions.language import SWITCH_MIN_CONFIDENCE, SWITCH_MIN_WORDS
from bot.nlu.accents import fold_latin
from bot.nlu.language import build_detectors, combine, with_vocabulary
from bot.nlu.places import without_place_names
from bot.nlu.tokenizer import script_language, words
from bot.nlu.vocabulary import Vocabulary

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT_SHARE = 0.2
SEED = 2026
WEIGHTS = [0.0, 0.1, 0.3, 0.5, 1.0]
VOCABULARY_WEIGHTS = [0.0, 0.3, 0.5, 0.7]
BUCKETS = [("1–2", 1, 2), ("3–5", 3, 5), ("6+", 6, 10_000)]
INDEPENDENT = ROOT / "bench" / "independent"
NEAR_COPY = 0.8  # cosine of character n-grams above which a training example is a near copy of a held-out one
Example = Tuple[str, str, str]  # language, intent, text


def examples() -> List[Example]:
    """Every training example with its language (from its folder) and intent."""
    found = []
    for language in content.language_codes():
        for path in sorted((ROOT / "data" / "nlu" / language).glob("*.yml")):
            for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
                for line in block.get("examples", "").splitlines():
                    if line.strip().startswith("- "):
                        found.append((language, block["intent"], line.strip()[2:].strip()))
    return found


def independent_examples(folder: Path = INDEPENDENT) -> List[Example]:
    """Messages written by people who never saw data/nlu/ (one `<intent>\t<text>` file per
    language): a check that the held-out split cannot give, since its messages were written
    alongside the ones the model learnt from."""
    found = []
    for path in sorted(folder.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                intent, text = line.split("\t", 1)
                found.append((path.stem, intent.strip(), text.strip()))
    return found


def _same_for_the_classifier(text: str) -> str:
    """What the classifier sees of a text: "tandläkare" and "Tandlakare" are one example to it."""
    return " ".join(fold_latin(text).split())


def split(all_examples: List[Example], seed: int = SEED) -> Tuple[List[Example], List[Example]]:
    """Per language and intent, hold out a fixed share (at least one) of the examples.

    Spellings that the classifier cannot tell apart (accents, case, spaces) stay on one side, so a
    held-out example is never just the accent-folded copy of a training example. Which ones are held
    out follows a seeded hash of each text, not a shuffle: adding an example moves at most one other
    across, so a change in the figures comes from the change in the data, not from a new draw.
    """
    groups: Dict[Tuple[str, str], Dict[str, List[Example]]] = defaultdict(lambda: defaultdict(list))
    for example in all_examples:
        groups[example[:2]][_same_for_the_classifier(example[2])].append(example)
    train, held_out = [], []
    for key in sorted(groups):
        order = sorted(groups[key], key=lambda folded: _draw(seed, key, folded))
        count = max(1, round(len(order) * HELD_OUT_SHARE))
        held_out += [example for folded in order[:count] for example in sorted(groups[key][folded])]
        train += [example for folded in order[count:] for example in sorted(groups[key][folded])]
    return train, held_out


def _draw(seed: int, key: Tuple[str, str], folded: str) -> str:
    """A text's fixed place in the held-out order of its language and intent, for one seed."""
    return hashlib.sha256("\0".join([str(seed), *key, folded]).encode("utf-8")).hexdigest()


def write_training_data(train: List[Example], folder: Path) -> None:
    """The training part as Rasa NLU YAML, plus the language-neutral files of data/nlu/."""
    by_block: Dict[Tuple[str, str], List[str]] = defaultdict(list)
    for language, intent, text in train:
        by_block[(language, intent)].append(text)
    nlu = [{"intent": intent, "metadata": {"language": language}, "examples": "".join(f"- {text}\n" for text in texts)}
           for (language, intent), texts in sorted(by_block.items())]
    folder.mkdir(parents=True)
    (folder / "train.yml").write_text(yaml.safe_dump({"version": "3.1", "nlu": nlu}, allow_unicode=True), encoding="utf-8")
    for neutral in (ROOT / "data" / "nlu").glob("*.yml"):
        shutil.copy(neutral, folder / neutral.name)


def train(config: Path, folder: Path, out: Path) -> float:
    """Train the NLU on the training part; seconds taken."""
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "rasa", "train", "nlu", "--config", str(config), "--nlu", str(folder),
                    "--out", str(out), "--fixed-model-name", "bench"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - started


async def predict(model: Path, texts: List[str]) -> List[dict]:
    """The parse result of the trained pipeline for each text."""
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # unconfigured, Rasa logs every parse (with its text) at debug
    agent = Agent.load(str(model))
    return [await agent.parse_message(text) for text in texts]


def with_fallback(parse: dict, threshold: float, ambiguity: float) -> str:
    """The intent a FallbackClassifier with these settings would give (from the classifier's ranking)."""
    ranking = [item for item in parse.get("intent_ranking") or [] if item["name"] != "nlu_fallback"]
    if not ranking:
        return parse["intent"]["name"]
    top = ranking[0]
    second = ranking[1]["confidence"] if len(ranking) > 1 else 0.0
    if top["confidence"] < threshold or top["confidence"] - second < ambiguity:
        return "nlu_fallback"
    return top["name"]


def fallback_table(held_out: List[Example], parses: List[dict]) -> List[str]:
    """What other FallbackClassifier settings would give: answered share and accuracy of answers."""
    rows = ["FallbackClassifier settings (from the classifier's ranking; the configured ones are in config.yml):", "",
            "| threshold | ambiguity | language | answered | right when answered | macro-F1 |", "| --- | --- | --- | --- | --- | --- |"]
    for threshold, ambiguity in [(0.6, 0.1), (0.45, 0.05), (0.3, 0.02), (0.2, 0.0), (0.0, 0.0)]:
        for language in content.language_codes():
            pairs = [(intent, with_fallback(parse, threshold, ambiguity))
                     for (lang, intent, _), parse in zip(held_out, parses) if lang == language]
            if not pairs:
                continue
            answered = [(gold, guess) for gold, guess in pairs if guess != "nlu_fallback"]
            right = sum(gold == guess for gold, guess in answered) / max(len(answered), 1)
            gold, guess = zip(*pairs)
            macro = f1_score(gold, guess, labels=sorted(set(gold)), average="macro", zero_division=0)
            rows.append(f"| {threshold} | {ambiguity} | {language} | {len(answered) / len(pairs):.3f} | {right:.3f} | {macro:.3f} |")
    return rows


def danger_table(held_out: List[Example], parses: List[dict], threshold: float, ambiguity: float) -> List[str]:
    """How often 112 comes first, for emergency messages and for the others, if the danger check
    (emergency among the top guesses) runs only on messages not understood or on every answer."""
    rows = ["Danger check (emergency among the top 3 guesses with at least the given confidence puts 112 first; "
            f"fallback at {threshold}/{ambiguity}):", "",
            "| check runs on | min confidence | emergency messages with 112 first | other messages with 112 first |",
            "| --- | --- | --- | --- |"]
    emergency = [index for index, (_, intent, _) in enumerate(held_out) if intent == "emergency"]
    others = [index for index, (_, intent, _) in enumerate(held_out) if intent != "emergency"]
    for where, applies in [("not understood / out of scope", lambda guess: guess in ("nlu_fallback", "out_of_scope")),
                           ("every answer", lambda guess: True)]:
        for confidence in (0.1, 0.15, 0.25):
            def first(index: int) -> bool:
                return gets_112_first(parses[index], threshold, ambiguity, confidence, applies)
            hits = sum(first(index) for index in emergency)
            needless = sum(first(index) for index in others)
            rows.append(f"| {where} | {confidence} | {hits} of {len(emergency)} ({hits / max(len(emergency), 1):.1%}) | "
                        f"{needless} of {len(others)} ({needless / max(len(others), 1):.1%}) |")
    return rows


def gets_112_first(parse: dict, threshold: float, ambiguity: float, confidence: float = DANGER_MIN_CONFIDENCE,
                   checked: Callable[[str], bool] = lambda guess: True) -> bool:
    """Whether 112 comes first: emergency understood, or the danger check (on the answers it is
    `checked` on; as configured, every answer) sees emergency among the top guesses."""
    guess = with_fallback(parse, threshold, ambiguity)
    return guess == "emergency" or (checked(guess) and danger_in(parse, confidence))


def danger_misses(held_out: List[Example], parses: List[dict], threshold: float,
                  ambiguity: float) -> Tuple[List[Example], List[str]]:
    """The emergency messages that would not get 112 first, with what they got: the ones to read."""
    missed = [(example, with_fallback(parse, threshold, ambiguity)) for example, parse in zip(held_out, parses)
              if example[1] == "emergency" and not gets_112_first(parse, threshold, ambiguity)]
    return [example for example, _ in missed], [guess for _, guess in missed]


def danger_by_language(held_out: List[Example], parses: List[dict], threshold: float, ambiguity: float) -> List[str]:
    """The configured danger check per language, so one language's gap is not hidden in the total."""
    rows = [f"Danger check as configured (every answer, confidence ≥ {DANGER_MIN_CONFIDENCE}), per language "
            "(the misses are in results/bench_danger_misses.tsv):", "",
            "| language | emergency messages with 112 first | other messages with 112 first |", "| --- | --- | --- |"]
    first = [gets_112_first(parse, threshold, ambiguity) for parse in parses]
    for language in content.language_codes():
        emergency = [hit for (lang, intent, _), hit in zip(held_out, first) if lang == language and intent == "emergency"]
        others = [hit for (lang, intent, _), hit in zip(held_out, first) if lang == language and intent != "emergency"]
        if not emergency and not others:
            continue
        rows.append(f"| {language} | {sum(emergency)} of {len(emergency)} | {sum(others)} of {len(others)} |")
    return rows


def nearest_training_similarity(train_part: List[Example], held_out: List[Example]) -> List[float]:
    """For each held-out example, the cosine (character 2–5-grams) of the closest training example of
    its language: paraphrases written from one another make the held-out score optimistic."""
    similarity = [0.0] * len(held_out)
    for language in content.language_codes():
        training = [_same_for_the_classifier(text) for lang, _, text in train_part if lang == language]
        indices = [index for index, (lang, _, _) in enumerate(held_out) if lang == language]
        if not training or not indices:
            continue
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).fit(training)
        held = vectorizer.transform([_same_for_the_classifier(held_out[index][2]) for index in indices])
        closest = (held @ vectorizer.transform(training).T).max(axis=1).toarray().ravel()
        for index, value in zip(indices, closest):
            similarity[index] = float(value)
    return similarity


def macro_f1_by_language(held_out: List[Example], predicted: List[str]) -> Dict[str, float]:
    """Macro-F1 per language (an nlu_fallback counts as wrong)."""
    by_language: Dict[str, Tuple[List[str], List[str]]] = defaultdict(lambda: ([], []))
    for (language, intent, _), guess in zip(held_out, predicted):
        by_language[language][0].append(intent)
        by_language[language][1].append(guess)
    return {language: f1_score(gold, guess, labels=sorted(set(gold)), average="macro", zero_division=0)
            for language, (gold, guess) in by_language.items()}


def splits_table(by_seed: Dict[int, Dict[str, float]]) -> List[str]:
    """Markdown rows: macro-F1 per language on each split, with the mean and the lowest."""
    seeds = sorted(by_seed, key=lambda seed: (seed != SEED, seed))
    rows = ["| language | " + " | ".join(f"seed {seed}" for seed in seeds) + " | mean | lowest |",
            "| --- |" + " --- |" * (len(seeds) + 2)]
    for language in content.language_codes():
        figures = [by_seed[seed][language] for seed in seeds if language in by_seed[seed]]
        if figures:
            rows.append(f"| {language} | " + " | ".join(f"{figure:.3f}" for figure in figures)
                        + f" | {sum(figures) / len(figures):.3f} | {min(figures):.3f} |")
    return rows


def intents(parses: List[dict]) -> List[str]:
    """The intent each parse settled on (after the FallbackClassifier), in order."""
    return [parse["intent"]["name"] for parse in parses]


def train_and_predict(config: Path, train_part: List[Example], held_out: List[Example]) -> Tuple[float, List[dict]]:
    """Train the pipeline on one part in a scratch folder; seconds taken and the held-out parses."""
    with tempfile.TemporaryDirectory() as scratch:
        scratch_path = Path(scratch)
        write_training_data(train_part, scratch_path / "data")
        seconds = train(config, scratch_path / "data", scratch_path / "models")
        parses = asyncio.run(predict(scratch_path / "models" / "bench.tar.gz", [text for _, _, text in held_out]))
    return seconds, parses


def intent_table(held_out: List[Example], predicted: List[str], similarity: List[float]) -> List[str]:
    """Markdown rows: language, examples, accuracy, macro-F1, share not understood, target, and
    macro-F1 on the held-out examples that have no near copy in the training part."""
    rows = ["| language | tier | held-out examples | intent accuracy | macro-F1 | not understood | target "
            f"| near copy in training (cosine ≥ {NEAR_COPY}) | macro-F1 without near copies |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    macros = macro_f1_by_language(held_out, predicted)
    for language in content.language_codes():
        rows_of_language = [(intent, guess, close) for (lang, intent, _), guess, close in zip(held_out, predicted, similarity)
                            if lang == language]
        if not rows_of_language:
            continue
        gold, guess, close = zip(*rows_of_language)
        tier = content.languages()["languages"][language]["tier"]
        macro = macros[language]
        target = 0.95 if tier == 1 else 0.90
        fallback = sum(g == "nlu_fallback" for g in guess) / len(guess)
        far = [(g, p) for g, p, c in rows_of_language if c < NEAR_COPY]
        far_macro = f1_score(*zip(*far), labels=sorted({g for g, _ in far}), average="macro", zero_division=0) if far else float("nan")
        near_share = sum(c >= NEAR_COPY for c in close) / len(close)
        rows.append(f"| {language} | {tier} | {len(gold)} | {accuracy_score(gold, guess):.3f} | {macro:.3f} | "
                    f"{fallback:.3f} | {'≥' if macro >= target else '<'} {target:.2f} | {near_share:.3f} | {far_macro:.3f} |")
    return rows


def independent_table(messages: List[Example], predicted: List[str], train_part: List[Example]) -> List[str]:
    """Markdown rows per language: accuracy and macro-F1 on bench/independent/, on all its messages
    (what people type, common ones included) and on those that are not training examples."""
    known = {_same_for_the_classifier(text) for _, _, text in train_part}
    new = [_same_for_the_classifier(text) not in known for _, _, text in messages]
    rows = [f"Messages written independently ({INDEPENDENT.relative_to(ROOT)}/, by people who never saw data/nlu/; "
            "same model, trained on the training part):", "",
            "| language | messages | also a training example | intent accuracy | macro-F1 | macro-F1 on the others |",
            "| --- | --- | --- | --- | --- | --- |"]
    everything = macro_f1_by_language(messages, predicted)
    others = macro_f1_by_language([m for m, n in zip(messages, new) if n], [p for p, n in zip(predicted, new) if n])
    for language in content.language_codes():
        rows_of = [(intent, guess, n) for (lang, intent, _), guess, n in zip(messages, predicted, new) if lang == language]
        if rows_of:
            gold, guess, _ = zip(*rows_of)
            copies = sum(not n for _, _, n in rows_of) / len(rows_of)
            rows.append(f"| {language} | {len(rows_of)} | {copies:.3f} | {accuracy_score(gold, guess):.3f} | {everything[language]:.3f} "
                        f"| {others.get(language, float('nan')):.3f} |")
    return rows


def scores(detectors: Any, vocabulary: Vocabulary, text: str) -> Tuple[dict, dict, dict]:
    """Each detector's scores, as bot/nlu/language.py mixes them (Thai or Chinese letters decide)."""
    script = script_language(text)
    if script in detectors.codes:
        return {script: 1.0}, {script: 1.0}, {script: 1.0}
    return detectors.fasttext_scores(text), detectors.lingua_scores(text), vocabulary.scores(text)


def language_id_tables(train_part: List[Example], held_out: List[Example], configured: Tuple[float, float]) -> List[str]:
    """Markdown: accuracy per language and length bucket for the configured mix; summary per mix."""
    detectors = build_detectors(tuple(content.language_codes()))
    vocabulary = Vocabulary.learn((language, text) for language, _, text in train_part)
    scored = [(lang, len(words(text, lang)), *scores(detectors, vocabulary, without_place_names(text)))
              for lang, _, text in held_out if any(char.isalpha() for char in text)]

    def accuracy(weights: Tuple[float, float], language: str = None, low: int = 1, high: int = 10_000) -> Tuple[float, int]:
        hits = [max(mix, key=mix.get) == lang for lang, count, fast, lingua, vocab in scored
                if (language is None or lang == language) and low <= count <= high
                for mix in [with_vocabulary(combine(fast, lingua, weights[0]), vocab, weights[1])] if mix]
        return (sum(hits) / len(hits) if hits else float("nan")), len(hits)

    rows = [f"Language id with the configured mix (lid.176 weight {configured[0]} with lingua, vocabulary weight {configured[1]}):", "",
            "| language | " + " | ".join(f"{name} words" for name, _, _ in BUCKETS) + " |", "| --- |" + " --- |" * len(BUCKETS)]
    for language in content.language_codes():
        cells = [f"{value:.3f} (n={n})" for value, n in (accuracy(configured, language, low, high) for _, low, high in BUCKETS)]
        rows.append(f"| {language} | " + " | ".join(cells) + " |")
    rows += ["", "All languages, by mix (lid.176 weight: 0 = lingua only, 1 = lid.176 only; vocabulary weight: "
             "0 = detectors only):", "",
             "| lid.176 weight | vocabulary weight | " + " | ".join(f"{name} words" for name, _, _ in BUCKETS)
             + " | worst language, 3+ words |", "| --- | --- |" + " --- |" * (len(BUCKETS) + 1)]
    for weights in [(fast, vocab) for vocab in VOCABULARY_WEIGHTS for fast in WEIGHTS]:
        cells = [f"{accuracy(weights, None, low, high)[0]:.3f}" for _, low, high in BUCKETS]
        worst = min((accuracy(weights, language, 3)[0], language) for language in content.language_codes()
                    if accuracy(weights, language, 3)[1])
        marker = " (configured)" if weights == configured else ""
        rows.append(f"| {weights[0]}{marker} | {weights[1]} | " + " | ".join(cells) + f" | {worst[1]} {worst[0]:.3f} |")
    rows += ["", *switch_rule_rows(scored, configured)]
    return rows


def switch_rule_rows(scored: list, weights: Tuple[float, float]) -> List[str]:
    """How the switch rule (actions/language.py) would do: a detected change counts only on
    messages of SWITCH_MIN_WORDS+ words detected with SWITCH_MIN_CONFIDENCE or more."""
    eligible, correct, long_messages = 0, 0, 0
    for language, count, fast, lingua, vocab in scored:
        mix = with_vocabulary(combine(fast, lingua, weights[0]), vocab, weights[1])
        if count < SWITCH_MIN_WORDS or not mix:
            continue
        long_messages += 1
        guess = max(mix, key=mix.get)
        if mix[guess] >= SWITCH_MIN_CONFIDENCE:
            eligible += 1
            correct += guess == language
    return [f"Switch rule ({SWITCH_MIN_WORDS}+ words and confidence ≥ {SWITCH_MIN_CONFIDENCE}): "
            f"{eligible} of {long_messages} such messages qualify ({eligible / max(long_messages, 1):.1%}); "
            f"detection is right on {correct / max(eligible, 1):.3%} of them."]


def pipeline_step(config: Path, name: str) -> Dict[str, Any]:
    """The settings of the pipeline step whose component name ends with `name`."""
    return next(step for step in yaml.safe_load(config.read_text())["pipeline"] if step["name"].endswith(name))


def configured_weights(config: Path) -> Tuple[float, float]:
    """The LanguageIdentifier's lid.176 and vocabulary weights in the pipeline configuration."""
    from bot.nlu.language import LanguageIdentifier

    step = {**LanguageIdentifier.get_default_config(), **pipeline_step(config, "LanguageIdentifier")}
    return float(step["fasttext_weight"]), float(step["vocabulary_weight"])


def configured_fallback(config: Path) -> Tuple[float, float]:
    """The FallbackClassifier's threshold and ambiguity threshold in the pipeline configuration."""
    step = pipeline_step(config, "FallbackClassifier")
    return float(step["threshold"]), float(step["ambiguity_threshold"])


def main() -> None:
    """Split, train, evaluate, print."""
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--config", type=Path, default=ROOT / "config.yml", help="pipeline to measure")
    arguments.add_argument("--more-splits", type=int, default=0, help="also train and score on this many other splits")
    options = arguments.parse_args()
    config = options.config.resolve()
    all_examples = examples()
    train_part, held_out = split(all_examples)
    independent = independent_examples()
    seconds, all_parses = train_and_predict(config, train_part, held_out + independent)
    parses, independent_parses = all_parses[:len(held_out)], all_parses[len(held_out):]
    predicted, independent_predicted = intents(parses), intents(independent_parses)
    fallback = configured_fallback(config)
    lines = [f"# NLU benchmark ({time.strftime('%Y-%m-%d')}, seed {SEED}, {len(train_part)} training / {len(held_out)} held-out examples, "
             f"{config.name})", "",
             f"Training time (NLU only, on the training part): {seconds / 60:.1f} min", "",
             *intent_table(held_out, predicted, nearest_training_similarity(train_part, held_out)), "",
             *independent_table(independent, independent_predicted, train_part), "",
             *fallback_table(held_out, parses), "", *danger_table(held_out, parses, *fallback), "",
             *danger_by_language(held_out, parses, *fallback), "",
             *language_id_tables(train_part, held_out, configured_weights(config))]
    if options.more_splits:
        by_seed = {SEED: macro_f1_by_language(held_out, predicted)}
        for seed in range(SEED + 1, SEED + 1 + options.more_splits):
            other_train, other_held_out = split(all_examples, seed)
            _, other_parses = train_and_predict(config, other_train, other_held_out)
            by_seed[seed] = macro_f1_by_language(other_held_out, intents(other_parses))
        lines += ["", f"Macro-F1 on {len(by_seed)} splits (the first is the one above):", "", *splits_table(by_seed)]
    (ROOT / "results").mkdir(exist_ok=True)
    write_predictions(ROOT / "results" / "bench_predictions.tsv", held_out, predicted)
    write_predictions(ROOT / "results" / "bench_independent_predictions.tsv", independent, independent_predicted)
    write_predictions(ROOT / "results" / "bench_danger_misses.tsv", *danger_misses(held_out, parses, *fallback))
    report = "\n".join(lines)
    print(report)
    (ROOT / "results" / "bench.md").write_text(report + "\n", encoding="utf-8")


def write_predictions(path: Path, messages: List[Example], predicted: List[str]) -> None:
    """One row per message with its guess, for reading the misses (awk -F'\\t' '$3!=$2')."""
    with open(path, "w", encoding="utf-8") as table:
        table.write("language\tintent\tpredicted\ttext\n")
        for (language, intent, text), guess in zip(messages, predicted):
            table.write(f"{language}\t{intent}\t{guess}\t{text}\n")


if __name__ == "__main__":
    main()
