"""Content blocks that staff compose standard pages from."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from ehrenamt.clubs.onboarding import CONFIRMATION_MAX_AGE


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Überschrift"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Ebene 2")), ("h3", _("Ebene 3"))], default="h2", label=_("Ebene")
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Überschrift")


class PortalFactsBlock(blocks.StructBlock):
    """Facts the portal's settings hold, shown where the text needs them and always current.

    The Impressum and the privacy notice read the operator, the data-protection officer and the
    retention periods from here, so a change in the settings never leaves a page behind.
    """

    facts = blocks.ChoiceBlock(
        choices=[
            ("operator", _("Betreiber (Impressum)")),
            ("controller", _("Verantwortliche Stelle (Datenschutz)")),
            ("dpo", _("Datenschutzbeauftragte Person")),
            ("retention", _("Speicherfristen")),
        ],
        label=_("Angaben"),
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/portal_facts.html"
        label = _("Angaben aus den Portal-Einstellungen")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["inquiry_retention_days"] = settings.INQUIRY_RETENTION_DAYS
        context["server_log_retention_days"] = settings.SERVER_LOG_RETENTION_DAYS
        context["session_days"] = settings.SESSION_COOKIE_AGE // (24 * 3600)
        context["confirmation_days"] = CONFIRMATION_MAX_AGE // (24 * 3600)
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "ol", "ul", "link", "document-link"],
        label=_("Absatz"),
        template="blocks/paragraph.html",
    )
    image = ImageBlock(label=_("Bild"), template="blocks/image.html")
    quote = blocks.BlockQuoteBlock(label=_("Zitat"), template="blocks/quote.html")
    portal_facts = PortalFactsBlock()
