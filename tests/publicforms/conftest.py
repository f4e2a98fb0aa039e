import pytest
from django.core.cache import cache

from ehrenamt.publicforms import guard


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Limits live in the cache, or in the process's own fallback; each test starts with none."""
    cache.clear()
    guard._process_local.clear()
    yield
    cache.clear()
    guard._process_local.clear()
