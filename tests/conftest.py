import pytest
from django.core.cache import cache

from curriculum import roles
from tests.factories import tree_create, user_create


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
