import pytest
from django.core.cache import cache

from curriculum import roles
from tests.factories import tree_create, user_create


def pytest_collection_modifyitems(items):
    """Every test that commits (transaction=True, transactional_db, live_server) restores the migrated rows with
    serialized_rollback. Without it, its closing flush re-runs post_migrate, which recreates content types and
    permissions under new ids, and the next serialized test fails to restore them (IntegrityError on
    django_content_type). One such test, even skipped after its database fixture ran, broke the run."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        kwargs = dict(marker.kwargs) if marker else {}
        transactional = kwargs.get("transaction") or {"transactional_db", "live_server"} & set(item.fixturenames)
        if transactional and not kwargs.get("serialized_rollback"):
            kwargs.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(**kwargs), append=False)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit and throttle counters live in the cache: every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def tree(db):
    return tree_create()


@pytest.fixture
def officer(db):
    return user_create("agent1", roles.OFFICERS, first_name="Sanne")


@pytest.fixture
def other_officer(db):
    return user_create("agent2", roles.OFFICERS)


@pytest.fixture
def trainer(db):
    return user_create("opleider", roles.TRAINERS)


@pytest.fixture
def moderator(db):
    return user_create("redactie", roles.MODERATORS)


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on a free loopback port; Django's SMTP backend sends to it. Yields the server
    (`.inbox.messages` are parsed e-mail messages, `.inbox.wait_for(n)` waits for n of them)."""
    from tests.mailserver import MailServer

    with MailServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 10
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        yield server
