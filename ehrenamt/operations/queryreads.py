"""Which query parameters a view read: the page cache keys on those, not on the whole query string.

A random `?utm_source=…` or `?x=123` would otherwise make a cache entry of its own per value.
While a page renders, request.GET is a QueryDict that notes every name asked for (also names
that were absent: their absence shaped the page too). Reading the whole query (iterating it,
urlencode(), items()) notes ALL: such a page really depends on every parameter. Asking whether
the query is empty (`if request.GET:`) notes ANY, so a page doing that keys on emptiness too.
"""

from django.http import QueryDict

ALL = "*"
ANY = "?"


class ReadTrackingQueryDict(QueryDict):
    def __init__(self, query_string, reads, mutable=False, encoding=None):
        # Parsing the query string goes through __contains__ already: that is no reading.
        self.reads = set()
        super().__init__(query_string, mutable=mutable, encoding=encoding)
        self.reads = reads

    def __getitem__(self, key):
        self.reads.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self.reads.add(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self.reads.add(key)
        return super().getlist(key, default)

    def __contains__(self, key):
        self.reads.add(key)
        return super().__contains__(key)

    def __len__(self):
        self.reads.add(ANY)
        return super().__len__()

    def __iter__(self):
        self.reads.add(ALL)
        return super().__iter__()

    def keys(self):
        self.reads.add(ALL)
        return super().keys()

    def lists(self):
        self.reads.add(ALL)
        return super().lists()

    def copy(self):
        # Views copy the query to build links; what they read from the copy counts as well.
        clone = ReadTrackingQueryDict("", self.reads, mutable=True, encoding=self.encoding)
        for key, values in dict.items(self):
            clone.setlist(key, list(values))
        return clone

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


def variant(query, names):
    """What identifies a rendering among those of one URL: the read parameters' values."""
    if ALL in names:
        return sorted((key, sorted(values)) for key, values in dict.items(query))
    values = [(name, query.getlist(name)) for name in sorted(names - {ANY})]
    if ANY in names:
        values.append((ANY, bool(dict.__len__(query))))
    return values


def only_read(query, names):
    """True when the query holds no parameter the page ignored."""
    return ALL in names or set(dict.keys(query)) <= names
