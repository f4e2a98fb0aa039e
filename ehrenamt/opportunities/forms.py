"""The opportunity editor's form: a new listing starts with its club's place and address,
which are checked like the club's own (regions/forms.py)."""

from ehrenamt.clubs.admin_scope import ClubEditorForm
from ehrenamt.regions.forms import AddressFormMixin

# Taken over from the club page when a club adds a listing; the club changes them only when
# the role takes place elsewhere.
CLUB_PLACE_FIELDS = [
    "municipality",
    "street_address",
    "postcode",
    "exact_latitude",
    "exact_longitude",
]


class OpportunityForm(AddressFormMixin, ClubEditorForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        club = getattr(parent_page, "specific", None)
        if self.instance.pk is None and club is not None and not self.is_bound:
            for name in CLUB_PLACE_FIELDS:
                if name in self.fields and getattr(club, name, None) not in (None, ""):
                    value = getattr(club, name)
                    self.initial[name] = getattr(value, "pk", value)
