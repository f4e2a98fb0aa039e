"""Images uploaded in the admin are checked, and renditions carry no camera or location data."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.images.models import Image

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825


@pytest.fixture
def admin_client(client, django_user_model, home_page):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def upload(client, name, content, content_type):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content, content_type=content_type)},
    )


def png(width, height):
    buffer = io.BytesIO()
    PillowImage.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_with_location():
    exif = PillowImage.Exif()
    exif[0x010F] = "Kamerahersteller"
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (49.0, 41.0, 0.0)
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1200, 900), "teal").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


SVG_WITH_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def test_an_ordinary_image_is_accepted(admin_client):
    response = upload(admin_client, "foto.png", png(640, 480), "image/png")
    assert response.status_code == 302
    assert Image.objects.filter(title="foto.png").exists()


def test_a_decompression_bomb_is_refused(admin_client, settings):
    # 12,000 x 4,000 pixels in a file of a few kilobytes: over the limit of 40 million pixels.
    bomb = png(12_000, 4_000)
    assert len(bomb) < settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE

    response = upload(admin_client, "bombe.png", bomb, "image/png")

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Image.objects.exists()


def test_a_file_over_the_size_limit_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10_000
    response = upload(
        admin_client, "gross.jpg", jpeg_with_location() + b"\0" * 20_000, "image/jpeg"
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Image.objects.exists()


@pytest.mark.parametrize("name", ["logo.svg", "logo.png"])
def test_svg_with_script_is_refused_under_any_name(admin_client, name):
    response = upload(admin_client, name, SVG_WITH_SCRIPT, "image/svg+xml")
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Image.objects.exists()


def test_renditions_and_the_stored_original_drop_the_location_from_exif(admin_client):
    photo = jpeg_with_location()
    assert PillowImage.open(io.BytesIO(photo)).getexif().get_ifd(GPS_IFD)

    upload(admin_client, "ausflug.jpg", photo, "image/jpeg")

    image = Image.objects.get(title="ausflug.jpg")
    assert (image.width, image.height) == (1200, 900)
    with image.open_file() as original:
        assert not PillowImage.open(original).getexif().get_ifd(GPS_IFD)

    for spec in ("width-400", "fill-300x200", "max-800x600|format-webp"):
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as made:
            exif = PillowImage.open(made).getexif()
        assert not exif.get_ifd(GPS_IFD), spec
        assert 0x010F not in exif, spec
