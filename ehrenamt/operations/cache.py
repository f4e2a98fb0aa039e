"""A Redis cache that degrades to "nothing cached" instead of failing the request.

Django's Redis backend raises when the server is gone, which would turn every page into an error
page although the cache only saves work. This backend logs the failure, answers as an empty cache
and leaves Redis alone for a few seconds before trying again, so a dead server costs no time per
request and a returning one is used again by itself.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 5


class TolerantRedisCache(RedisCache):
    _paused_until = 0.0

    @property
    def unavailable(self):
        """True while the server is left alone after a failure; rate limits then count locally."""
        return time.monotonic() < self._paused_until

    def _guard(self, call, fallback):
        if time.monotonic() < self._paused_until:
            return fallback
        try:
            return call()
        except RedisError as error:
            self._paused_until = time.monotonic() + RETRY_AFTER_SECONDS
            logger.warning("Cache server unavailable (%s); serving without cache.", error)
            return fallback

    def get(self, key, default=None, version=None):
        parent = super()
        return self._guard(lambda: parent.get(key, default, version), default)

    def get_many(self, keys, version=None):
        parent = super()
        return self._guard(lambda: parent.get_many(keys, version), {})

    def has_key(self, key, version=None):
        parent = super()
        return self._guard(lambda: parent.has_key(key, version), False)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # Reported as added, so that callers do not go on to increment a key nobody stores.
        parent = super()
        return self._guard(lambda: parent.add(key, value, timeout, version), True)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        parent = super()
        self._guard(lambda: parent.set(key, value, timeout, version), None)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        parent = super()
        return self._guard(lambda: parent.set_many(data, timeout, version), [])

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        parent = super()
        return self._guard(lambda: parent.touch(key, timeout, version), False)

    def delete(self, key, version=None):
        parent = super()
        return self._guard(lambda: parent.delete(key, version), False)

    def delete_many(self, keys, version=None):
        parent = super()
        self._guard(lambda: parent.delete_many(keys, version), None)

    def clear(self):
        parent = super()
        return self._guard(parent.clear, False)

    def incr(self, key, delta=1, version=None):
        parent = super()
        missing = object()
        value = self._guard(lambda: parent.incr(key, delta, version), missing)
        if value is missing:
            # Django's answer for an absent key; callers then set the value instead.
            raise ValueError(f"Key '{key}' not found: the cache server is unavailable.")
        return value
