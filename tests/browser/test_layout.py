"""Narrow phones and 200 % zoom need no sideways scrolling; screenshots for reviewers.

Zooming a 1280 px wide window to 200 % lays the page out as a 640 px wide viewport with twice the
pixel density, which is how the zoom case is reproduced here. Screenshots land in
test-artifacts/screenshots/ (not committed).
"""

from pathlib import Path

import pytest
from django.conf import settings

from tests.browser.pages import MAIN_PAGE_NAMES, page_path
from tests.browser.portal import build_portal

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"
VIEWPORTS = {
    "phone-320": ({"width": 320, "height": 640}, 1),
    "zoom-200": ({"width": 640, "height": 512}, 2),
    "phone-375": ({"width": 375, "height": 812}, 2),
    "desktop": ({"width": 1280, "height": 900}, 1),
}


@pytest.fixture
def portal(home_page):
    return build_portal()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_main_pages_fit_the_width_without_horizontal_scrolling(
    live_server, chromium, portal, viewport
):
    size, scale = VIEWPORTS[viewport]
    context = chromium.new_context(locale="de-DE", viewport=size, device_scale_factor=scale)
    page = context.new_page()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    too_wide = {}
    for name in MAIN_PAGE_NAMES:
        page.goto(live_server.url + page_path(portal, name))
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            too_wide[name] = overflow
        page.screenshot(path=SCREENSHOTS / f"{name}-{viewport}.png", full_page=True)
    context.close()
    assert too_wide == {}
