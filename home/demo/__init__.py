"""Demo content for local development and benchmarks: realistic German clubs and volunteer roles.

`vocabulary` holds the words, `plan` turns a seed into clubs and opportunities without touching the
database, `tree` writes many pages into Wagtail's page tree at once, `images` draws the logos and
`builder` puts it together for `manage.py seed_demo`.
"""
