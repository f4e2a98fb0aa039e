import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate limits and login locks live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()
