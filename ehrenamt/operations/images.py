"""Uploaded images are readable to the last pixel and lose their camera metadata before storage.

Wagtail reads only an image's header on upload, so a truncated or otherwise broken file passed
and failed later with a 500 (in its own checks or at the first rendition). The admin's image
form (WAGTAILIMAGES_IMAGE_FORM_BASE), used by every upload path (image library, multiple upload,
the chooser a club's logo comes from), decodes the whole image once and answers anything Pillow
cannot read with a German form error.

Willow copies a JPEG's or PNG's EXIF block into every rendition, and the original file is
served from /media/ as well, so a phone photo would publish where it was taken. The form
re-encodes such uploads without that metadata, turned upright first because the orientation
lived in the EXIF block too.
"""

import io
import warnings

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

UNREADABLE = _(
    "Diese Datei lässt sich nicht als Bild lesen: Sie ist beschädigt, unvollständig oder hat "
    "ein anderes Format als ihre Endung sagt. Bitte laden Sie ein JPEG-, PNG-, GIF- oder "
    "WebP-Bild hoch."
)
TOO_MANY_PIXELS = _(
    "Dieses Bild hat zu viele Bildpunkte. Bitte verkleinern Sie es, zum Beispiel auf "
    "höchstens 6000 mal 6000 Pixel."
)


def check_decodes(upload):
    """Decode every pixel once; Pillow raises all sorts (OSError, SyntaxError, struct.error ...)."""
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(TOO_MANY_PIXELS, code="file_too_many_pixels") from error
    except Exception as error:
        raise ValidationError(UNREADABLE, code="unreadable_image") from error
    finally:
        upload.seek(0)


class ReadableImageField(WagtailImageField):
    """Wagtail's field, with a German error instead of an exception for unreadable files."""

    def to_python(self, data):
        try:
            upload = super().to_python(data)
        except ValidationError as error:
            if error.code in {"invalid_image", "invalid_image_known_format"}:
                raise ValidationError(UNREADABLE, code=error.code) from error
            raise
        except Exception as error:
            raise ValidationError(UNREADABLE, code="unreadable_image") from error
        if upload is not None:
            check_decodes(upload)
        return upload


METADATA_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "comment")
SAVE_OPTIONS = {"JPEG": {"quality": 95}, "PNG": {}, "WEBP": {"quality": 95}}


def without_metadata(upload):
    upload.seek(0)
    with Image.open(upload) as image:
        options = SAVE_OPTIONS.get(image.format)
        if options is None or not any(key in image.info for key in METADATA_KEYS):
            upload.seek(0)
            return upload
        image_format = image.format
        icc_profile = image.info.get("icc_profile")
        upright = ImageOps.exif_transpose(image)
    buffer = io.BytesIO()
    if icc_profile:
        options = {**options, "icc_profile": icc_profile}
    upright.save(buffer, image_format, **options)
    return SimpleUploadedFile(upload.name, buffer.getvalue(), content_type=upload.content_type)


class MetadataFreeImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail builds the field itself (formfield_for_dbfield); same field, safer checks.
        if isinstance(self.fields.get("file"), WagtailImageField):
            self.fields["file"].__class__ = ReadableImageField

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            return without_metadata(file)
        return file
