"""The club page editor's form: scoped like every club editor, with the address checks of regions."""

from ehrenamt.regions.forms import AddressFormMixin

from .admin_scope import ClubEditorForm


class ClubPageForm(AddressFormMixin, ClubEditorForm):
    pass
