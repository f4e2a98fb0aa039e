"""Demo content for local development and benchmarks: realistic German clubs and volunteer roles.

`vocabulary` holds the words, `plan` turns a seed into clubs and opportunities without touching the
database, `images` draws the logos and `builder` puts it together for `manage.py seed_demo`, writing
the pages with the opportunities app's bulk page-tree writer.
"""
