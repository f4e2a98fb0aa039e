"""What the search tells the layers above it, without knowing them (statistics logs from it)."""

from django.dispatch import Signal

# Sent with `query` (a validated SearchQuery) and `count` after every search a visitor ran.
search_answered = Signal()
