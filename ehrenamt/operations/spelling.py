"""German words compared as people type them: any case, umlauts or ae/oe/ue, ß or ss.

`fold` maps every spelling of a word onto one key: "Fürth", "Fuerth" and "FURTH" all become
"furth", "Fußball" and "Fussball" become "fussball". Places, search words and the vocabulary of
"Meinten Sie …?" are compared by these keys.
"""

import re
import unicodedata

_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
# ae/oe/ue written for ä/ö/ü; "ue" after q is a plain u with an e ("Quelle").
_DIGRAPHS = re.compile(r"ae|oe|(?<!q)ue")
_WORD = re.compile(r"\w+")
_NOT_WORD = re.compile(r"[\W_]+")


def fold(text):
    """The comparison key of a text: case-folded (ß -> ss), umlauts and accents dropped."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_UMLAUTS)
    text = _DIGRAPHS.sub(lambda match: match.group(0)[0], text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold_name(text):
    """A name's key with punctuation as single spaces: "Fürth (Odenwald)" -> "furth odenwald"."""
    return _NOT_WORD.sub(" ", fold(text)).strip()


def words(text):
    """The words of a text in its own spelling, lower case."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


# The spellings a full-text index that drops accents stores for each way of writing a letter.
_SPELLINGS = [("ß", "ss"), ("ss", "ß"), ("ä", "ae"), ("ae", "a"), ("ö", "oe"), ("oe", "o")]
_SPELLINGS += [("ü", "ue"), ("ue", "u")]
_ALTERNATIVE = re.compile("|".join(sorted((a for a, _b in _SPELLINGS), key=len, reverse=True)))
MAX_SPELLINGS = 16


def spellings(word):
    """The ways of writing a lower-case word with ß/ss and umlaut/ae-oe-ue swapped, at most 16.

    For indexes that cannot fold the words they store (SQLite FTS5 keeps "ß" and drops only
    the dots of "ü"): the query asks for every spelling instead.
    """
    swaps = dict(_SPELLINGS)
    variants = [""]
    position = 0
    for match in _ALTERNATIVE.finditer(word):
        plain = word[position : match.start()]
        options = (match.group(0), swaps[match.group(0)])
        if len(variants) * 2 > MAX_SPELLINGS:
            options = options[:1]
        variants = [variant + plain + option for variant in variants for option in options]
        position = match.end()
    return [variant + word[position:] for variant in variants]
