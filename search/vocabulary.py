"""The listings' vocabulary and the nearest known word for "Meinten Sie …?".

Words come from titles, summaries, engagement areas and activities (search/models.py:
SearchWord). The nearest word is found by trigram similarity, as PostgreSQL's pg_trgm measures
it, over the folded spellings (operations/spelling.py), in Python on both databases: the
vocabulary is a few thousand words, loaded once per process and again when it grew.
"""

import threading
from collections import Counter

from ehrenamt.operations.spelling import fold, words

from .models import SearchWord

MIN_WORD = 4
MAX_WORD = 60
MIN_SIMILARITY = 0.3
CANDIDATES = 3


def vocabulary_of(page):
    """The page's words worth suggesting: letters only, four or more of them."""
    texts = [page.title, page.summary]
    texts += [term.name for term in page.categories.all()]
    texts += [term.name for term in page.activities.all()]
    return {
        word
        for text in texts
        for word in words(text or "")
        if MIN_WORD <= len(word) <= MAX_WORD and word.isalpha()
    }


def trigrams(key):
    padded = f"  {key} "
    return {padded[index : index + 3] for index in range(len(padded) - 2)}


class _Vocabulary:
    """Folded key -> word as written, and trigram -> keys, for one state of the table."""

    def __init__(self, all_words):
        self.size = len(all_words)
        self.by_key = {}
        for word in sorted(all_words):
            self.by_key.setdefault(fold(word), word)
        self.by_trigram = {}
        for key in self.by_key:
            for gram in trigrams(key):
                self.by_trigram.setdefault(gram, []).append(key)

    def knows(self, word):
        return fold(word) in self.by_key

    def nearest(self, word, limit=CANDIDATES):
        key = fold(word)
        grams = trigrams(key)
        shared = Counter(other for gram in grams for other in self.by_trigram.get(gram, ()))
        scored = []
        for other, common in shared.items():
            similarity = common / (len(grams) + len(trigrams(other)) - common)
            if similarity >= MIN_SIMILARITY and other != key:
                scored.append((-similarity, other))
        return [self.by_key[other] for _score, other in sorted(scored)[:limit]]


_lock = threading.Lock()
_loaded = {"vocabulary": None}


def vocabulary():
    """The vocabulary as the table holds it now; reloaded only when the number of words changed."""
    size = SearchWord.objects.count()
    with _lock:
        current = _loaded["vocabulary"]
        if current is None or current.size != size:
            current = _Vocabulary(list(SearchWord.objects.values_list("word", flat=True)))
            _loaded["vocabulary"] = current
        return current


def corrected_text(text, finds_something):
    """`text` with its unknown words replaced by the nearest known ones, if that finds something.

    `finds_something(text)` tells whether a text has hits. None when no correction helps.
    """
    typed = words(text)
    if not typed:
        return None
    known = vocabulary()
    options = [
        [word] if known.knows(word) or not word.isalpha() else known.nearest(word) for word in typed
    ]
    if all(option == [word] for option, word in zip(options, typed, strict=True)):
        return None
    for rank in range(CANDIDATES):
        if any(not option for option in options):
            return None
        candidate = " ".join(option[min(rank, len(option) - 1)] for option in options)
        if candidate != " ".join(typed) and finds_something(candidate):
            return candidate
    return None
