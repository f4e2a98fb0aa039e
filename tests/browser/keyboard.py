"""Moving through a page with the Tab key alone, as keyboard and switch users do."""

MAX_TABS = 80

# What a screen reader would announce for the focused element, enough to recognise it.
FOCUSED_NAME = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "";
    if (el.labels && el.labels.length) return el.labels[0].innerText;
    return (el.getAttribute("aria-label") || el.innerText || el.value || "").trim();
}"""


def tab_to(page, name, backwards=False):
    """Press Tab until the focused element's name starts with `name`; fails if it never does."""
    key = "Shift+Tab" if backwards else "Tab"
    for _press in range(MAX_TABS):
        page.keyboard.press(key)
        if page.evaluate(FOCUSED_NAME).strip().startswith(name):
            return
    raise AssertionError(f"Keyboard focus never reached {name!r}")


def type_into(page, name, text):
    tab_to(page, name)
    page.keyboard.type(text)


def press_and_follow(page, key="Enter"):
    """Press a key that submits a form or follows a link, and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press(key)
