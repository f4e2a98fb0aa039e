"""One importer class per feed format; adding a format means adding one class here."""

from .base import FeedError, Importer, Record, Rejection
from .csv import CsvImporter
from .json import JsonImporter
from .xml import XmlImporter

IMPORTERS = {importer.format: importer for importer in (JsonImporter, CsvImporter, XmlImporter)}

__all__ = ["IMPORTERS", "FeedError", "Importer", "Record", "Rejection"]
