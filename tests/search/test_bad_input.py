"""Bad parameters get a 400 with a German message naming the parameter; never a 500, never echoed raw."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

API = "/api/v1/opportunities/"
PAGE = "/suche/"
PARAMETERS = [
    "q",
    "municipality",
    "district",
    "state",
    "category",
    "target_group",
    "activity",
    "commitment",
    "remote",
    "near",
    "radius",
    "accessibility",
    "age",
    "weekday",
    "daytime",
    "sort",
    "page",
    "page_size",
]
NASTY = [
    "",
    "-5",
    "10000",
    "abc",
    "1e3",
    "NaN",
    "0",
    "' OR 1=1 --",
    '"><script>alert(1)</script>',
    "<b>fett</b>",
    "bensheim",
    "64625",
    "1",
    "relevance",
    "he",
    "\x00",
    "ü" * 300,
    "!!!",
    "🎉🙂",
    "„…“ §$%&/()=?",
    "Fürth (Odenwald)",
    "fussball",
    "step_free",
    "mon",
    "evening",
    "\u200b",
]

TAG = re.compile(r"<[a-zA-Z]")

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("params", "parameter", "message"),
    [
        ({"municipality": "atlantis"}, "municipality", "Diesen Ort kennen wir nicht."),
        ({"category": "kochen"}, "category", "Diesen Engagementbereich kennen wir nicht."),
        ({"target_group": "aliens"}, "target_group", "Diese Zielgruppe kennen wir nicht."),
        ({"activity": "fliegen"}, "activity", "Diese Tätigkeit kennen wir nicht."),
        ({"district": "kreis-x"}, "district", "Diesen Kreis kennen wir nicht."),
        ({"state": "by"}, "state", "Bitte he, bw oder rp als Bundesland angeben."),
        ({"near": "6462"}, "near", "fünfstellige Postleitzahl"),
        ({"near": "12345"}, "near", "fünfstellige Postleitzahl"),
        ({"radius": "-5"}, "radius", "von 1 bis 200 km"),
        ({"radius": "10000"}, "radius", "von 1 bis 200 km"),
        ({"page": "abc"}, "page", "ganze Zahl ab 1"),
        ({"page": "0"}, "page", "ganze Zahl ab 1"),
        ({"page": "9999"}, "page", "weiter ein"),
        ({"page_size": "101"}, "page_size", "von 1 bis 100"),
        ({"q": "x" * 10_000}, "q", "zu lang"),
        ({"sort": "price"}, "sort", "relevance, newest"),
        ({"accessibility": "ramp"}, "accessibility", "step_free, accessible_wc"),
        ({"age": "-1"}, "age", "von 0 bis 120"),
        ({"age": "zwölf"}, "age", "von 0 bis 120"),
        ({"weekday": "monday"}, "weekday", "mon, tue"),
        ({"daytime": "night"}, "daytime", "morning, afternoon oder evening"),
        ({"near": "Atlantis"}, "near", "fünfstellige Postleitzahl"),
        ({"near": "Bensheym"}, "near", "Meinten Sie Bensheim"),
        ({"commitment": "sometimes"}, "commitment", "one_off, regular oder flexible"),
        ({"remote": "yes"}, "remote", "Bitte 1 angeben"),
        ({"category": "' OR 1=1 --"}, "category", "kennen wir nicht"),
    ],
)
def test_bad_parameter_names_the_parameter_in_german(client, home_page, params, parameter, message):
    response = client.get(API, params)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert list(errors) == [parameter]
    assert message in errors[parameter][0]

    page = client.get(PAGE, params)
    assert page.status_code == 400
    assert message in page.content.decode()


def test_html_in_a_parameter_is_escaped_on_the_page(client, home_page):
    attack = '"><script>alert(1)</script>'
    for params in ({"q": attack}, {"near": attack}, {"q": attack, "radius": "-1"}):
        body = client.get(PAGE, params).content.decode()
        assert "<script>alert(1)" not in body
    assert "<script>alert(1)" not in client.get(API, {"category": attack}).content.decode()


# Letters, digits, punctuation, symbols (emoji among them), separators and control characters.
ALPHABET = st.characters(categories=["L", "N", "P", "S", "Z", "Cc"])
parameter_values = st.one_of(st.sampled_from(NASTY), st.text(ALPHABET, max_size=40))
requests = st.dictionaries(
    keys=st.sampled_from(PARAMETERS),
    values=st.one_of(parameter_values, st.lists(parameter_values, min_size=1, max_size=3)),
    max_size=5,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(params=requests)
def test_any_input_gets_an_answer_or_a_clear_error(client, home_page, params):
    response = client.get(API, params)
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        errors = response.json()["errors"]
        assert set(errors) <= set(PARAMETERS)
        assert all(messages for messages in errors.values())

    page = client.get(PAGE, params)
    assert page.status_code == response.status_code
    body = page.content.decode()
    values = [
        v for value in params.values() for v in (value if isinstance(value, list) else [value])
    ]
    for value in values:
        if TAG.search(value):
            assert value not in body
