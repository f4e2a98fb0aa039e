"""Club logos and photographs drawn with Pillow, a few per kind of club, shared by all clubs of that kind.

A handful of images keeps seeding fast and the media folder small, however many clubs there are.
Logos are neutral marks (a shape and two letters), never the emblem of a real organisation.
"""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection

from .kinds import KINDS
from .plan import PHOTO_VARIANTS
from .scenes import draw_scene

COLLECTION_NAME = "Demo"
SIZE = 480
BACKGROUND = "#f5f5f0"
# Alt texts of the pictures: what a person who cannot see them should know.
PHOTO_DESCRIPTIONS = {
    "sport": "Zeichnung: Menschen auf einem Sportplatz mit Tor",
    "tafel": "Zeichnung: Kisten mit Obst und Gemüse auf einem Tisch",
    "feuerwehr": "Zeichnung: ein Feuerwehrhaus mit zwei Toren",
    "musik": "Zeichnung: Musikerinnen und Musiker auf einer Bühne",
    "nachbarschaft": "Zeichnung: eine Straße mit bunten Häusern",
    "tierschutz": "Zeichnung: zwei Hunde mit einer Begleiterin auf einer Wiese",
    "fluechtlingshilfe": "Zeichnung: Menschen an einem langen Tisch",
    "hospiz": "Zeichnung: zwei Menschen auf einer Bank unter einem Baum",
    "natur": "Zeichnung: eine Streuobstwiese mit Apfelbäumen",
    "kirche": "Zeichnung: eine Kirche mit Turm",
    "jugend": "Zeichnung: Zelte und Jugendliche auf einer Wiese",
    "rettung": "Zeichnung: ein Rettungsschwimmer auf dem Hochsitz am See",
    "kultur": "Zeichnung: ein Fachwerkhaus",
    "inklusion": "Zeichnung: eine Gruppe von Menschen auf einer Wiese",
    "repair": "Zeichnung: eine Werkbank mit Fahrrad",
}


def demo_collection():
    collection = Collection.objects.filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
    return collection


def existing_images():
    Image = get_image_model()
    return {image.title: image for image in Image.objects.filter(collection=demo_collection())}


def ensure_image(existing, title, draw, filename, description=""):
    """The demo image with this title, drawn and saved the first time it is asked for."""
    if title not in existing:
        image = get_image_model()(
            title=title,
            description=description,
            collection=demo_collection(),
            file=ImageFile(BytesIO(draw()), name=filename),
        )
        image._set_image_file_metadata()
        image.save()
        existing[title] = image
    return existing[title]


def ensure_logos():
    """Return {kind key: image}, drawing the logos that do not exist yet."""
    existing = existing_images()
    return {
        kind.key: ensure_image(
            existing,
            f"Demo-Logo {kind.initials}",
            lambda kind=kind: draw_logo(kind),
            f"demo-logo-{kind.key}.png",
        )
        for kind in KINDS
    }


def ensure_photos():
    """Return {kind key: [image, ...]}, drawing the pictures that do not exist yet."""
    existing = existing_images()
    return {
        kind.key: [
            ensure_image(
                existing,
                f"Demo-Foto {kind.key} {variant + 1}",
                lambda kind=kind, variant=variant: jpeg(draw_scene(kind.key, variant)),
                f"demo-foto-{kind.key}-{variant + 1}.jpg",
                PHOTO_DESCRIPTIONS.get(kind.key, ""),
            )
            for variant in range(PHOTO_VARIANTS)
        ]
        for kind in KINDS
    }


def jpeg(image):
    buffer = BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()


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


def wave(draw, colour):
    # A circle over two wave lines: no cross, which as the Red Cross emblem is protected by law.
    draw.ellipse(margin_box(60), fill=colour)
    for top in (SIZE - 70, SIZE - 40):
        draw.arc((40, top - 30, SIZE / 2, top + 30), 200, 340, fill=colour, width=14)
        draw.arc((SIZE / 2, top - 30, SIZE - 40, top + 30), 200, 340, fill=colour, width=14)


SHAPES = {
    "circle": circle,
    "square": square,
    "diamond": diamond,
    "shield": shield,
    "house": house,
    "leaf": leaf,
    "paw": paw,
    "wave": wave,
}
