"""Files that Pillow cannot read become a German form error on every upload path, never a 500."""

import functools
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

pytestmark = pytest.mark.django_db

FORMATS = {"png": "PNG", "jpg": "JPEG", "gif": "GIF", "webp": "WEBP"}
CONTENT_TYPES = {"png": "image/png", "jpg": "image/jpeg", "gif": "image/gif", "webp": "image/webp"}


@pytest.fixture
def admin_client(client, django_user_model, home_page):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def encoded(extension, size=(640, 480), mode="RGB"):
    buffer = io.BytesIO()
    image = PillowImage.effect_noise(size, 64).convert(mode) if mode != "1" else None
    image = image or PillowImage.new("1", size)
    image.save(buffer, FORMATS[extension])
    return buffer.getvalue()


@functools.cache
def bomb(extension):
    # 9,000 x 5,000 = 45 million pixels in a small file: over the limit of 40 million.
    buffer = io.BytesIO()
    PillowImage.new("L", (9_000, 5_000)).save(buffer, FORMATS[extension])
    return buffer.getvalue()


def broken_files(extension):
    valid = encoded(extension)
    other = "gif" if extension != "gif" else "png"
    return {
        "truncated": valid[: len(valid) // 2],
        "zero-byte": b"",
        "wrong-magic": b"\x00\x01garbage" + valid[8:],
        "other-format": encoded(other),
        "bomb": bomb(extension),
    }


KINDS = ["truncated", "zero-byte", "wrong-magic", "other-format", "bomb"]


def upload(client, url, name, content, extension):
    return client.post(
        url,
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, content_type=CONTENT_TYPES[extension]),
        },
    )


def german_file_error(response):
    errors = response.context["form"].errors["file"]
    assert errors
    text = " ".join(str(error) for error in errors)
    assert "Datei" in text or "Bild" in text, text
    return text


@pytest.mark.parametrize("extension", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
def test_image_upload_refuses_unreadable_files(admin_client, extension, kind):
    content = broken_files(extension)[kind]
    response = upload(admin_client, "/admin/images/add/", f"bild.{extension}", content, extension)
    assert response.status_code == 200
    german_file_error(response)
    assert not Image.objects.exists()


@pytest.mark.parametrize("kind", KINDS)
def test_logo_upload_in_the_chooser_refuses_unreadable_files(admin_client, kind):
    # A club's logo is uploaded through the image chooser of its page.
    content = broken_files("png")[kind]
    response = admin_client.post(
        "/admin/images/chooser/create/",
        {
            "image-chooser-upload-title": "Logo",
            "image-chooser-upload-file": SimpleUploadedFile(
                "logo.png", content, content_type="image/png"
            ),
        },
    )
    assert response.status_code == 200
    assert not Image.objects.exists()
    assert "Datei" in response.content.decode() or "Bild" in response.content.decode()


@pytest.mark.parametrize("kind", KINDS)
def test_multiple_upload_refuses_unreadable_files(admin_client, kind):
    content = broken_files("jpg")[kind]
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("foto.jpg", content, content_type="image/jpeg")},
    )
    assert response.status_code in (200, 400)
    assert not Image.objects.exists()


@pytest.mark.parametrize("kind", ["zero-byte", "truncated"])
def test_document_upload_answers_with_a_form(admin_client, kind):
    content = {"zero-byte": b"", "truncated": b"%PDF-1.4\n1 0 obj"}[kind]
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Satzung",
            "file": SimpleUploadedFile("satzung.pdf", content, content_type="application/pdf"),
        },
    )
    assert response.status_code in (200, 302)
    if kind == "zero-byte":
        assert response.status_code == 200
        assert not Document.objects.exists()
