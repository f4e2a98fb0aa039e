"""Pictures for the demo, drawn with Pillow: a landscape of the region with a motif for each kind of club.

Drawn, not downloaded, so the demo carries no third-party photographs and no licence to track. Two
pictures per kind (morning and evening light) serve every listing, club and landing page.
"""

import math
import random

from PIL import Image as PillowImage
from PIL import ImageDraw

WIDTH, HEIGHT = 1200, 675
HORIZON = 430
# Sky top, sky bottom, far hills, near hills, meadow, sun: one palette per light.
LIGHTS = (
    ("#7fb3e0", "#e8f1f8", "#8fa8b8", "#6f9a6a", "#8cbf5f", "#fff3b0"),
    ("#f2a65a", "#fbe3c4", "#9c8aa5", "#6b7f5a", "#9aaf5a", "#fff0d8"),
)
CLOTHES = ("#1d5fa8", "#c0392b", "#f1c40f", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#455a64")
SKIN = ("#f1c7a5", "#d9a07a", "#a56c48", "#7a4a2e")


def draw_scene(kind_key, variant):
    """A JPEG of the landscape with the kind's motif, the same for the same arguments."""
    rng = random.Random(f"{kind_key}:{variant}")  # noqa: S311 (a picture, not a secret)
    sky_top, sky_bottom, far, near, meadow, sun = LIGHTS[variant % len(LIGHTS)]
    image = PillowImage.new("RGB", (WIDTH, HEIGHT), sky_bottom)
    draw = ImageDraw.Draw(image)
    gradient(draw, sky_top, sky_bottom, 0, HORIZON)
    sun_x = rng.randint(150, WIDTH - 150)
    draw.ellipse((sun_x - 55, 70, sun_x + 55, 180), fill=sun)
    hills(draw, rng, far, HORIZON - 120, 70)
    hills(draw, rng, near, HORIZON - 50, 45)
    draw.rectangle((0, HORIZON, WIDTH, HEIGHT), fill=meadow)
    for _ in range(3):
        tree(draw, rng.randint(40, WIDTH - 40), HORIZON + rng.randint(-10, 20), rng.uniform(0.6, 1))
    MOTIFS.get(kind_key, people)(draw, rng)
    return image


def gradient(draw, top, bottom, start, end):
    top_rgb, bottom_rgb = rgb(top), rgb(bottom)
    for y in range(start, end):
        share = (y - start) / max(end - start - 1, 1)
        colour = tuple(round(a + (b - a) * share) for a, b in zip(top_rgb, bottom_rgb, strict=True))
        draw.line((0, y, WIDTH, y), fill=colour)


def rgb(colour):
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def hills(draw, rng, colour, base, height):
    phase, wave = rng.uniform(0, math.pi * 2), rng.uniform(1.5, 3.5)
    outline = [
        (x, base - height * (0.5 + 0.5 * math.sin(phase + wave * x / WIDTH * math.pi)))
        for x in range(0, WIDTH + 40, 40)
    ]
    draw.polygon([(0, HORIZON + 5), *outline, (WIDTH, HORIZON + 5)], fill=colour)


def tree(draw, x, ground, scale):
    trunk, crown = 12 * scale, 55 * scale
    draw.rectangle((x - trunk / 2, ground - 70 * scale, x + trunk / 2, ground), fill="#6d4c41")
    draw.ellipse(
        (x - crown, ground - 70 * scale - crown * 1.6, x + crown, ground - 50 * scale),
        fill="#3e7b3a",
    )


def person(draw, rng, x, ground, scale=1.0):
    body = rng.choice(CLOTHES)
    draw.rounded_rectangle(
        (x - 28 * scale, ground - 120 * scale, x + 28 * scale, ground),
        radius=int(22 * scale),
        fill=body,
    )
    draw.ellipse(
        (x - 22 * scale, ground - 170 * scale, x + 22 * scale, ground - 126 * scale),
        fill=rng.choice(SKIN),
    )


def people(draw, rng, count=4, ground=HEIGHT - 60):
    step = WIDTH / (count + 1)
    for index in range(count):
        person(draw, rng, step * (index + 1) + rng.randint(-30, 30), ground, rng.uniform(0.9, 1.2))


def building(draw, left, width, height, wall, roof, ground=HORIZON + 140):
    draw.rectangle((left, ground - height, left + width, ground), fill=wall)
    draw.polygon(
        [
            (left - 15, ground - height),
            (left + width / 2, ground - height - 90),
            (left + width + 15, ground - height),
        ],
        fill=roof,
    )
    for column in range(int(width // 80)):
        x = left + 25 + column * 80
        draw.rectangle((x, ground - height + 30, x + 40, ground - height + 75), fill="#fdf6d8")


def sport(draw, rng):
    draw.rectangle((0, HORIZON + 60, WIDTH, HEIGHT), fill="#4f9a45")
    draw.line((0, HORIZON + 160, WIDTH, HORIZON + 160), fill="white", width=6)
    draw.rectangle((820, HORIZON - 20, 1080, HORIZON + 110), outline="white", width=10)
    draw.ellipse((560, HEIGHT - 110, 620, HEIGHT - 50), fill="white", outline="#222", width=4)
    people(draw, rng, 3)


def tafel(draw, rng):
    draw.rectangle((150, HEIGHT - 210, WIDTH - 150, HEIGHT - 180), fill="#8d6e63")
    for index in range(6):
        left = 190 + index * 145
        draw.rectangle((left, HEIGHT - 290, left + 120, HEIGHT - 210), fill="#a1887f")
        for fruit in range(4):
            colour = rng.choice(("#e53935", "#fdd835", "#43a047", "#fb8c00"))
            draw.ellipse(
                (left + 8 + fruit * 27, HEIGHT - 320, left + 38 + fruit * 27, HEIGHT - 290),
                fill=colour,
            )
    people(draw, rng, 2, HEIGHT - 20)


def fire_station(draw, rng):
    building(draw, 300, 600, 260, "#eceff1", "#78909c", HEIGHT - 40)
    for door in range(2):
        left = 360 + door * 260
        draw.rectangle(
            (left, HEIGHT - 220, left + 220, HEIGHT - 40),
            fill="#b0bec5",
            outline="#607d8b",
            width=6,
        )
    person(draw, rng, 200, HEIGHT - 30)


def music(draw, rng):
    draw.polygon(
        [(250, HEIGHT - 80), (950, HEIGHT - 80), (870, HEIGHT - 230), (330, HEIGHT - 230)],
        fill="#8d6e63",
    )
    for index in range(5):
        x = 300 + index * 150
        draw.ellipse((x, 190, x + 40, 222), fill="#37474f")
        draw.line((x + 38, 205, x + 38, 120), fill="#37474f", width=6)
    people(draw, rng, 5, HEIGHT - 90)


def neighbourhood(draw, rng):
    for index, wall in enumerate(("#ffe0b2", "#f8bbd0", "#dcedc8", "#b3e5fc")):
        building(draw, 70 + index * 280, 220, 180 + rng.randint(0, 60), wall, "#8d4a3a")
    people(draw, rng, 2)


def animals(draw, rng):
    for index in range(2):
        x = 380 + index * 380
        draw.ellipse((x, HEIGHT - 170, x + 180, HEIGHT - 90), fill="#8d6e63")
        draw.ellipse((x + 150, HEIGHT - 210, x + 230, HEIGHT - 140), fill="#8d6e63")
        for leg in (20, 140):
            draw.rectangle((x + leg, HEIGHT - 110, x + leg + 18, HEIGHT - 50), fill="#6d4c41")
    person(draw, rng, 250, HEIGHT - 40)


def table(draw, rng):
    draw.rectangle((250, HEIGHT - 200, WIDTH - 250, HEIGHT - 170), fill="#a1887f")
    for x in (270, WIDTH - 290):
        draw.rectangle((x, HEIGHT - 170, x + 20, HEIGHT - 60), fill="#795548")
    people(draw, rng, 5, HEIGHT - 140)


def bench(draw, rng):
    tree(draw, 850, HEIGHT - 60, 2.2)
    draw.rectangle((380, HEIGHT - 150, 720, HEIGHT - 130), fill="#795548")
    draw.rectangle((380, HEIGHT - 210, 720, HEIGHT - 190), fill="#795548")
    for x in (400, 690):
        draw.rectangle((x, HEIGHT - 130, x + 14, HEIGHT - 70), fill="#5d4037")
    person(draw, rng, 480, HEIGHT - 130, 0.8)
    person(draw, rng, 620, HEIGHT - 130, 0.8)


def orchard(draw, rng):
    for row in range(2):
        for column in range(5):
            x = 120 + column * 240 + row * 110
            ground = HORIZON + 90 + row * 120
            tree(draw, x, ground, 1.1 + row * 0.4)
            for _ in range(5):
                fx, fy = x + rng.randint(-40, 40), ground - rng.randint(110, 190) * (1 + row * 0.3)
                draw.ellipse((fx, fy, fx + 14, fy + 14), fill="#d84315")


def church(draw, rng):
    building(draw, 420, 360, 200, "#f5f0e1", "#6d4c41", HEIGHT - 60)
    draw.rectangle((330, HEIGHT - 400, 420, HEIGHT - 60), fill="#ece3cc")
    draw.polygon([(320, HEIGHT - 400), (375, HEIGHT - 520), (430, HEIGHT - 400)], fill="#6d4c41")
    draw.rectangle((560, HEIGHT - 150, 640, HEIGHT - 60), fill="#5d4037")
    people(draw, rng, 2, HEIGHT - 30)


def camp(draw, rng):
    draw.polygon([(300, HEIGHT - 60), (470, HEIGHT - 290), (640, HEIGHT - 60)], fill="#ef6c00")
    draw.polygon([(440, HEIGHT - 60), (470, HEIGHT - 200), (500, HEIGHT - 60)], fill="#5d4037")
    draw.polygon([(800, HEIGHT - 60), (840, HEIGHT - 150), (880, HEIGHT - 60)], fill="#ffb300")
    people(draw, rng, 3, HEIGHT - 20)


def lake(draw, rng):
    draw.rectangle((0, HORIZON + 40, WIDTH, HEIGHT), fill="#4f8fc0")
    for y in range(HORIZON + 70, HEIGHT, 45):
        draw.arc(
            (rng.randint(0, WIDTH - 200), y, rng.randint(WIDTH - 180, WIDTH), y + 30),
            200,
            340,
            fill="#bcdcf2",
            width=4,
        )
    # A lifeguard's chair on slanted legs: a tower drawn as post and platform would read as a cross.
    for foot, top in ((800, 840), (940, 900)):
        draw.line((foot, HORIZON + 60, top, HORIZON - 120), fill="#f9a825", width=14)
    draw.rectangle((820, HORIZON - 150, 920, HORIZON - 110), fill="#f9a825")
    person(draw, rng, 870, HORIZON - 150, 0.7)


def timbered_house(draw, rng):
    building(draw, 350, 500, 280, "#fbf3e4", "#8d4a3a", HEIGHT - 50)
    for x in range(350, 851, 100):
        draw.line((x, HEIGHT - 330, x, HEIGHT - 50), fill="#5d4037", width=10)
    draw.line((350, HEIGHT - 190, 850, HEIGHT - 190), fill="#5d4037", width=10)
    for x in range(350, 850, 100):
        draw.line((x, HEIGHT - 190, x + 100, HEIGHT - 330), fill="#5d4037", width=8)
    person(draw, rng, 200, HEIGHT - 30)


def workshop(draw, rng):
    draw.rectangle((200, HEIGHT - 230, WIDTH - 200, HEIGHT - 200), fill="#8d6e63")
    for x in (220, WIDTH - 240):
        draw.rectangle((x, HEIGHT - 200, x + 20, HEIGHT - 60), fill="#6d4c41")
    for centre in (420, 640):
        draw.ellipse(
            (centre - 90, HEIGHT - 420, centre + 90, HEIGHT - 240), outline="#263238", width=12
        )
    draw.line((420, HEIGHT - 330, 640, HEIGHT - 330), fill="#263238", width=10)
    draw.rectangle((800, HEIGHT - 300, 940, HEIGHT - 230), fill="#f9a825")
    person(draw, rng, 1040, HEIGHT - 40)


MOTIFS = {
    "sport": sport,
    "tafel": tafel,
    "feuerwehr": fire_station,
    "musik": music,
    "nachbarschaft": neighbourhood,
    "tierschutz": animals,
    "fluechtlingshilfe": table,
    "hospiz": bench,
    "natur": orchard,
    "kirche": church,
    "jugend": camp,
    "rettung": lake,
    "kultur": timbered_house,
    "inklusion": people,
    "repair": workshop,
}
