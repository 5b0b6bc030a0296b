"""Background jobs (django-tasks). Immediate backend by default; a worker backend in production."""

from django_tasks import task


@task()
def module_placement_sync(module_id: int) -> dict:
    """After a module is (re)published: create or drop the officers' progress rows it now requires."""
    from curriculum.services import progress_placement_sync

    return progress_placement_sync(module_ids=[module_id])
