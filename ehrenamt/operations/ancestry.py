"""Pages that read their ancestors once per request.

Wagtail's view-restriction check and the breadcrumbs both need the pages above the one served;
each asked the database on its own. `page.ancestors` reads them once for both.
"""

from functools import cached_property

from wagtail.models import PageViewRestriction


class AncestorsOnce:
    @cached_property
    def ancestors(self):
        """The pages above this one, the root first."""
        return list(self.get_ancestors())

    def get_view_restrictions(self):
        """Wagtail's own, from the ancestors already read: an alias counts as its original."""
        pages = [*self.ancestors, self]
        return PageViewRestriction.objects.filter(
            page_id__in={page.alias_of_id or page.pk for page in pages}
        )
