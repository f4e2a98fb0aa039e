from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data and a local admin for development and tests; production settings leave it out."""

    name = "ehrenamt.demo"
    label = "demo"
    verbose_name = "Demo"
