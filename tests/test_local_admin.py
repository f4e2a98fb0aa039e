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


def test_second_run_keeps_one_admin_and_replaces_the_password(settings, client):
    settings.DEBUG = True
    first = printed_password(create_local_admin())
    second = printed_password(create_local_admin())

    assert first != second
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert not client.login(username="admin", password=first)
    assert client.login(username="admin", password=second)


def test_force_works_without_debug(settings):
    settings.DEBUG = False
    create_local_admin("--force")
    assert get_user_model().objects.get(username="admin").is_superuser
