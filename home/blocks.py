"""Content blocks that staff compose standard pages from."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Überschrift"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Ebene 2")), ("h3", _("Ebene 3"))], default="h2", label=_("Ebene")
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Überschrift")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "ol", "ul", "link", "document-link"],
        label=_("Absatz"),
        template="blocks/paragraph.html",
    )
    image = ImageBlock(label=_("Bild"), template="blocks/image.html")
    quote = blocks.BlockQuoteBlock(label=_("Zitat"), template="blocks/quote.html")
