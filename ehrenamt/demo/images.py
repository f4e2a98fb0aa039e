"""Club logos drawn with Pillow: one per kind of club, shared by all clubs of that kind.

A handful of images keeps seeding fast and the media folder small, however many clubs there are.
"""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection

from .kinds import KINDS

COLLECTION_NAME = "Demo"
SIZE = 480
BACKGROUND = "#f5f5f0"


def demo_collection():
    collection = Collection.objects.filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
    return collection


def ensure_logos():
    """Return {kind key: image}, drawing the logos that do not exist yet."""
    Image = get_image_model()
    collection = demo_collection()
    existing = {image.title: image for image in Image.objects.filter(collection=collection)}
    logos = {}
    for kind in KINDS:
        title = f"Demo-Logo {kind.initials}"
        if title not in existing:
            image = Image(
                title=title,
                collection=collection,
                file=ImageFile(BytesIO(draw_logo(kind)), name=f"demo-logo-{kind.key}.png"),
            )
            image._set_image_file_metadata()
            image.save()
            existing[title] = image
        logos[kind.key] = existing[title]
    return logos


def draw_logo(kind):
    image = PillowImage.new("RGB", (SIZE, SIZE), BACKGROUND)
    draw = ImageDraw.Draw(image)
    centre = SHAPES[kind.shape](draw, kind.colour) or (SIZE / 2, SIZE / 2)
    font = ImageFont.load_default(size=SIZE // (3 if len(kind.initials) < 2 else 4))
    draw.text(centre, kind.initials, fill="white", font=font, anchor="mm")
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def margin_box(margin):
    return (margin, margin, SIZE - margin, SIZE - margin)


def circle(draw, colour):
    draw.ellipse(margin_box(40), fill=colour)


def square(draw, colour):
    draw.rounded_rectangle(margin_box(50), radius=60, fill=colour)


def diamond(draw, colour):
    middle = SIZE / 2
    draw.polygon(
        [(middle, 30), (SIZE - 30, middle), (middle, SIZE - 30), (30, middle)], fill=colour
    )


def shield(draw, colour):
    draw.polygon(
        [(60, 50), (SIZE - 60, 50), (SIZE - 60, 260), (SIZE / 2, SIZE - 40), (60, 260)], fill=colour
    )


def house(draw, colour):
    draw.polygon([(SIZE / 2, 40), (SIZE - 40, 200), (40, 200)], fill=colour)
    draw.rectangle((80, 190, SIZE - 80, SIZE - 50), fill=colour)


def leaf(draw, colour):
    draw.ellipse((70, 40, SIZE - 70, SIZE - 40), fill=colour)
    draw.line((SIZE / 2, SIZE - 30, SIZE / 2, SIZE - 90), fill=colour, width=18)


def paw(draw, colour):
    draw.ellipse((90, 170, SIZE - 90, SIZE - 40), fill=colour)
    for left, top in ((40, 110), (140, 30), (260, 30), (360, 110)):
        draw.ellipse((left, top, left + 80, top + 100), fill=colour)
    # The initials sit on the big pad, below the toes.
    return (SIZE / 2, 305)


def cross(draw, colour):
    draw.rectangle((170, 40, SIZE - 170, SIZE - 40), fill=colour)
    draw.rectangle((40, 170, SIZE - 40, SIZE - 170), fill=colour)


SHAPES = {
    "circle": circle,
    "square": square,
    "diamond": diamond,
    "shield": shield,
    "house": house,
    "leaf": leaf,
    "paw": paw,
    "cross": cross,
}
