"""The questions a quiz draws from: its published questions, each as the snapshot of its live revision.

Quiz start reads this for every attempt. A revision never changes once written, so its snapshot is kept in the
shared cache under the revision's id (no invalidation needed: a new version is a new revision, with a new id);
the start reads the quiz's question ids and live revision ids (one light query) and the snapshots in one cache
round trip, instead of loading and parsing every revision's content JSON each time.
"""

from typing import NamedTuple

from django.core.cache import cache
from wagtail.models import Revision

from curriculum.models import QuizQuestion
from curriculum.models.snapshot import snapshot_from_content

SNAPSHOT_TIMEOUT = 24 * 3600  # immutable; the timeout only bounds what an unused revision takes up


class PoolQuestion(NamedTuple):
    """A published question of a quiz: its id, its live revision and that revision as shown (a snapshot)."""

    pk: int
    revision_id: int
    shown: dict


def _snapshot_key(revision_id: int) -> str:
    return f"signaal:question-snapshot:{revision_id}"


def revision_snapshots_get(revisions: dict[int, int]) -> dict[int, dict]:
    """Revision id → snapshot, for `revisions` (revision id → question id): from the cache, the rest read
    (one query) and cached."""
    found = cache.get_many([_snapshot_key(r) for r in revisions])
    snapshots = {r: found[_snapshot_key(r)] for r in revisions if _snapshot_key(r) in found}
    missing = [r for r in revisions if r not in snapshots]
    if missing:
        read = {
            pk: snapshot_from_content(revisions[pk], content)
            for pk, content in Revision.objects.filter(pk__in=missing).values_list("pk", "content")
        }
        cache.set_many({_snapshot_key(pk): snapshot for pk, snapshot in read.items()}, timeout=SNAPSHOT_TIMEOUT)
        snapshots.update(read)
    return snapshots


def quiz_pool_get(quiz) -> list[PoolQuestion]:
    """The quiz's published questions in the trainer's order, with the snapshot of each live revision. Drafts
    never reach officers; a question counts as published when it is live with a live revision (Wagtail's
    publish sets both)."""
    links = list(
        QuizQuestion.objects.filter(quiz=quiz, question__live=True, question__live_revision__isnull=False)
        .order_by("sort_order", "pk")
        .values_list("question_id", "question__live_revision_id")
    )
    snapshots = revision_snapshots_get({revision: question for question, revision in links})
    return [PoolQuestion(question, revision, snapshots[revision]) for question, revision in links]


def quiz_pool_size(quiz) -> int:
    """How many published questions the quiz draws from (one COUNT), by the same rule as quiz_pool_get."""
    return QuizQuestion.objects.filter(quiz=quiz, question__live=True, question__live_revision__isnull=False).count()
