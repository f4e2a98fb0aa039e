"""Uploaded photos lose their camera metadata (EXIF, XMP) before they are stored.

Willow copies a JPEG's or PNG's EXIF block into every rendition, and the original file is
served from /media/ as well, so a phone photo would publish where it was taken. The admin's
image form (WAGTAILIMAGES_IMAGE_FORM_BASE) re-encodes such uploads without that metadata, turned
upright first because the orientation lived in the EXIF block too.
"""

import io

from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from PIL import Image, ImageOps
from wagtail.images.forms import BaseImageForm

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
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            return without_metadata(file)
        return file
