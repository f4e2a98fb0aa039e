"""Signals that features send and lower layers (page cache, search) listen to."""

from django.dispatch import Signal

# Sent with `page_ids` once per batch after pages were written in bulk (see pagetree.py), which
# bypasses save() and page_published: listeners re-read those pages in one go.
pages_written_in_bulk = Signal()
