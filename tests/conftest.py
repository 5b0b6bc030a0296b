import gc
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from curriculum.domain import roles
from tests.factories import org_create, org_fresh, tree_create, tree_fresh, user_create

_indexing_modules = set()  # the modules (node ids) with a test that needs the indexes: see _indexing_module


def pytest_configure(config):
    """A test run makes many short-lived objects (requests, querysets, pages): the cyclic garbage collector starts
    a collection after 50,000 new objects instead of 700."""
    gc.set_threshold(50_000, 20, 20)


def pytest_collection_finish(session):
    """The modules whose shared rows need the indexes are those with such a test among the tests that run (after
    -m deselected the others: a browser test left out of make test-fast no longer makes its module index).
    What start-up and collection built (modules, settings, URL patterns, the tests) lives until the end: every
    full collection walked it again. gc.freeze() leaves it out; with the threshold above the fast run takes about
    8% less CPU, most of it from this."""
    _indexing_modules.update(item.module.__name__ for item in session.items if _indexing_wanted(item))
    gc.freeze()


def pytest_collection_modifyitems(items):
    """Every test that commits (transaction=True, transactional_db, live_server) restores the migrated rows with
    serialized_rollback. Without it, its closing flush re-runs post_migrate, which recreates content types and
    permissions under new ids, and the next serialized test fails to restore them (IntegrityError on
    django_content_type). One such test, even skipped after its database fixture ran, broke the run."""
    for item in items:
        if "oidc" in item.fixturenames:  # the OIDC test provider is a Node process: slow, as the LRS and worker tests
            item.add_marker(pytest.mark.slow)
        marker = item.get_closest_marker("django_db")
        kwargs = dict(marker.kwargs) if marker else {}
        transactional = kwargs.get("transaction") or {"transactional_db", "live_server"} & set(item.fixturenames)
        if transactional and not kwargs.get("serialized_rollback"):
            kwargs.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(**kwargs), append=False)


def _kept_sqlite_is_flushed() -> bool:
    db = settings.DATABASES["default"]
    name = db.get("TEST", {}).get("NAME")
    if db["ENGINE"] != "django.db.backends.sqlite3" or not name or not Path(name).exists():
        return False
    with closing(sqlite3.connect(name)) as kept:
        try:
            return kept.execute("SELECT COUNT(*) FROM django_content_type").fetchone()[0] == 0
        except sqlite3.Error:
            return True


@pytest.fixture(scope="session")
def django_db_createdb(request, django_db_modify_db_settings):
    """--reuse-db (make test-fast): a kept SQLite database whose migrated rows are gone (a run killed before
    its teardown restored them) is created anew instead of reused. Depends on the settings fixture so the
    xdist worker's suffix is already in the name."""
    return request.config.getvalue("create_db") or _kept_sqlite_is_flushed()


def _migrated_rows_restore(blocker, *, flush=True):
    """Put back the rows serialised at the start of the run (content types, permissions, groups, the root page)
    where a committing test's closing flush left the database empty. flush=False right after that flush: it kept
    the sequences where they were (as Django's own restore needs; a new flush would reset them under the rows)."""
    with blocker.unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                if flush:
                    call_command(
                        "flush", database=connection.alias, interactive=False, verbosity=0, inhibit_post_migrate=True
                    )
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, django_db_keepdb):
    """--reuse-db: leave the kept database as the migrations made it (see pytest_runtest_teardown), so the next
    run can reuse it."""
    yield
    if django_db_keepdb:
        _migrated_rows_restore(django_db_blocker)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A committing test ends with a flush that empties the database; Django puts the migrated rows back only
    when the next serialized_rollback test starts. pytest-django runs committing tests after the others, but
    xdist hands a worker whole files one after another (--dist loadfile), so a file's committing test can be
    followed by another file's ordinary tests: they would find no root page. The rows go back at once."""
    yield
    marker = item.get_closest_marker("django_db")
    if nextitem is not None and marker and marker.kwargs.get("transaction"):
        from pytest_django.plugin import blocking_manager_key

        _migrated_rows_restore(item.config.stash[blocking_manager_key], flush=False)


# "open": the open module_db transaction ({"atomic": ..., "blocker": ...}); "commits": the test being set up commits
_module_transaction = {}


def _module_transaction_close():
    state = _module_transaction.pop("open", None)
    if state:
        with state["blocker"].unblock():
            transaction.set_rollback(True)
            state["atomic"].__exit__(None, None, None)


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a whole module, for rows its tests share and only read: a module-scoped fixture
    that depends on this one builds them once inside `with module_db.unblock():`. Every test still runs in its
    own savepoint (pytest-django's TestCase atomics nest in this one), so what a test writes is rolled back and
    the next test sees the shared rows as built; at the end of the module they are rolled back too. A test that
    commits (transaction=True) never runs inside it: pytest-django runs those after the others, and the
    transaction is rolled back before the first of them (pytest_runtest_setup below). xdist keeps a module on one
    worker (--dist loadfile in make test-fast), so the rows are built once. Set up for a committing test (the
    module's first test that needs it commits), it opens nothing and the shared fixtures build nothing."""
    if _module_transaction.get("commits"):
        yield django_db_blocker
        return
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer._from_testcase = True  # as Django's TestCase marks its own: a durable atomic inside still works
        outer.__enter__()
    _module_transaction["open"] = {"atomic": outer, "blocker": django_db_blocker}
    yield django_db_blocker
    _module_transaction_close()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """A committing test after a module's shared rows (in the same module) starts on the migrated database."""
    marker = item.get_closest_marker("django_db")
    _module_transaction["commits"] = bool(marker and marker.kwargs.get("transaction"))
    if _module_transaction["commits"]:
        _module_transaction_close()


@pytest.fixture(scope="module")
def shared_tree(module_db):
    """tree_create() once for the module, for the `tree` fixture (None when set up for a committing test). Once
    built it stays in the database for the module's other tests too."""
    if _module_transaction.get("commits"):
        return None
    with module_db.unblock():
        return tree_create()


@pytest.fixture(scope="module")
def shared_org(module_db):
    """org_create() once for the module, for the `org` fixture (see shared_tree)."""
    if _module_transaction.get("commits"):
        return None
    with module_db.unblock():
        return org_create()


def _indexing_set(on: bool):
    """Connect (on) or disconnect Wagtail's save/delete handlers that keep the search index and the reference
    index up to date. Connecting twice is harmless (Django keys a receiver by function and sender)."""
    from modelsearch import index
    from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
    from wagtail import signal_handlers as reference

    for model in index.get_indexed_models():
        if getattr(model, "search_auto_update", True):
            (post_save.connect if on else post_save.disconnect)(post_save_signal_handler, sender=model)
            (post_delete.connect if on else post_delete.disconnect)(post_delete_signal_handler, sender=model)
    if on:
        reference.connect_reference_index_signal_handlers()
    else:
        reference.disconnect_reference_index_signal_handlers()


def _indexing_wanted(node) -> bool:
    return any(node.get_closest_marker(name) for name in ("indexing", "browser", "crawl", "slow"))


@pytest.fixture(scope="module", autouse=True)
def _indexing_module(request):
    """As _indexing, for the rows a module builds once (shared_tree, shared_org), set before them: with the
    indexes when one of its tests needs them (it searches the shared tree)."""
    _indexing_set(request.module.__name__ in _indexing_modules)


@pytest.fixture(autouse=True)
def _indexing(request):
    """Wagtail's search index and reference index are updated on every save of a page, snippet or revision:
    almost half the cost of building a page tree. Tests run without them unless marked `indexing` (the tests of
    search and of where an object is used); browser, crawl and slow tests keep them, as a deployment does.
    Set before every test: a committing test's flush re-runs post_migrate, which connects the reference index."""
    _indexing_set(_indexing_wanted(request.node))


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit and throttle counters live in the cache: every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the site's language (Dutch): a request in English leaves English active in the
    thread, and a later test would render in it."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def tree(shared_tree, db):
    """The default tree (tree_create()): built once per module (shared_tree) and read anew for each test, whose
    changes roll back with it. A committing test builds its own (the module's rows are rolled back before it)."""
    return tree_create() if _module_transaction["commits"] else tree_fresh(shared_tree)


@pytest.fixture
def org(shared_org, db):
    """The default organisation (org_create()), once per module as `tree` is."""
    return org_create() if _module_transaction["commits"] else org_fresh(shared_org)


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


@pytest.fixture(scope="session")
def oidc_server():
    """One test OpenID provider process (tests/oidc_provider/server.mjs) for the session; see tests/oidc.py."""
    from tests.oidc import OidcProvider, provider_required

    provider_required()
    server = OidcProvider().start()
    yield server
    server.stop()


@pytest.fixture
def oidc(request, oidc_server, settings):
    """The test provider, reset for this test (no users yet: `oidc.user_set(...)`), and Signaal configured for it
    through discovery, with the test group mapping (tests/oidc.py GROUP_MAP). SSO is on for this test only."""
    from tests import oidc as provider

    base_urls = ["http://testserver"]
    if "live_server" in request.fixturenames:
        base_urls.append(request.getfixturevalue("live_server").url)
    oidc_server.reset(base_urls=base_urls)
    settings.SIGNAAL_OIDC_DISCOVERY_URL = oidc_server.discovery_url
    settings.OIDC_RP_CLIENT_ID = provider.CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = provider.CLIENT_SECRET
    settings.OIDC_RP_SCOPES = provider.SCOPES
    settings.SIGNAAL_OIDC_GROUP_MAP = provider.GROUP_MAP
    return oidc_server
