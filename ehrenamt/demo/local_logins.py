"""Logins for local development, kept in a file so that every `make run` prints the same ones.

Only create_local_admin and the demo use it, and both refuse to run without DEBUG. The file lies
under var/ (not in git) and only its owner may read it.
"""

import json
import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model

PASSWORD_BYTES = 12


def read():
    try:
        return json.loads(settings.LOCAL_LOGINS_FILE.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def write(logins):
    path = settings.LOCAL_LOGINS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(logins, indent=2, ensure_ascii=False), encoding="utf-8")
    os.chmod(path, 0o600)


def ensure_login(username, create_user, reset=False):
    """(user, password, created): the kept password if it still works, otherwise a new one.

    `create_user(password)` makes the user when there is none.
    """
    logins = read()
    password = logins.get(username)
    user = get_user_model().objects.filter(username=username).first()
    created = user is None
    if reset or not password or (user is not None and not user.check_password(password)):
        password = secrets.token_urlsafe(PASSWORD_BYTES)
        if user is not None:
            user.set_password(password)
            user.save(update_fields=["password"])
    if user is None:
        user = create_user(password)
    logins[username] = password
    write(logins)
    return user, password, created
