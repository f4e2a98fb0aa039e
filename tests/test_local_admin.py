import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def create_local_admin(*args):
    out = StringIO()
    call_command("create_local_admin", *args, stdout=out)
    return out.getvalue()


def printed_password(output):
    return re.search(r"Passwort:\s+(\S+)", output).group(1)


def test_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="nur für die lokale Entwicklung"):
        create_local_admin()
    assert not get_user_model().objects.exists()


def test_prints_a_login_that_works_in_the_admin(settings, client):
    settings.DEBUG = True
    output = create_local_admin()

    assert "http://testserver/admin/" in output
    assert re.search(r"Benutzername:\s+admin\b", output)
    assert client.login(username="admin", password=printed_password(output))
    assert client.get("/admin/").status_code == 200


def test_second_run_prints_the_same_login(settings, client):
    settings.DEBUG = True
    first = printed_password(create_local_admin())
    second = printed_password(create_local_admin())

    assert first == second
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert client.login(username="admin", password=second)


def test_reset_gives_a_new_password_and_the_old_one_stops_working(settings, client):
    settings.DEBUG = True
    first = printed_password(create_local_admin())
    second = printed_password(create_local_admin("--reset"))

    assert first != second
    assert not client.login(username="admin", password=first)
    assert client.login(username="admin", password=second)


def test_a_password_changed_in_the_admin_gets_a_fresh_printed_one(settings, client):
    settings.DEBUG = True
    create_local_admin()
    admin = get_user_model().objects.get(username="admin")
    admin.set_password("mine-now")
    admin.save()

    printed = printed_password(create_local_admin())

    assert printed != "mine-now"
    assert client.login(username="admin", password=printed)


def test_demo_prints_a_staff_and_a_club_login_per_place_that_work(settings, client, home_page):
    settings.DEBUG = True
    out = StringIO()
    call_command("seed_demo", clubs=10, opportunities=12, seed=7, logins=True, stdout=out)
    lines = [line.split() for line in out.getvalue().splitlines() if "@demo.example" in line]
    logins = {words[-2]: words[-1] for words in lines}

    assert "verwaltung-bensheim@demo.example" in logins
    assert "verwaltung-viernheim@demo.example" in logins
    assert any(name.startswith("verein-") for name in logins)
    for username, password in logins.items():
        assert client.login(username=username, password=password), username
        assert client.get("/admin/").status_code == 200
    client.logout()

    again = StringIO()
    call_command(
        "seed_demo", clubs=10, opportunities=12, seed=7, if_empty=True, logins=True, stdout=again
    )
    for username, password in logins.items():
        assert f"{username} " in again.getvalue()
        assert again.getvalue().split(username)[1].split()[0] == password


def test_force_works_without_debug(settings):
    settings.DEBUG = False
    create_local_admin("--force")
    assert get_user_model().objects.get(username="admin").is_superuser
