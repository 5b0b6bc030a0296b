"""Background jobs (django-tasks): the database backend with `manage.py run_worker`; the immediate one in tests."""

from django_tasks import task


@task()
def module_placement_sync(module_id: int) -> dict:
    """After a module is (re)published: create or drop the officers' progress rows it now requires."""
    from curriculum.services import progress_placement_sync

    return progress_placement_sync(module_ids=[module_id])


@task()
def completions_expire() -> dict:
    """Daily: completions whose validity ran out start a new cycle (services/recertification.py)."""
    from curriculum.services.recertification import expire_completions

    return {"expired": expire_completions()}


@task()
def module_retraining(change_id: int) -> dict:
    """After a material change was published: officers who completed the module start a new cycle."""
    from curriculum.services.recertification import module_retraining_apply

    return {"officers": module_retraining_apply(change_id=change_id)}


@task()
def scheduled_job_run(job: str, run_id: int) -> dict:
    """One periodic job for the period its ScheduledRun claimed (curriculum.services.schedule)."""
    from curriculum.services.schedule import job_run

    return job_run(job=job, run_id=run_id)


@task()
def mail_send(mail_ids: list[int]) -> dict:
    """Deliver these queued mails now (the every-minute sweep retries whatever this could not send)."""
    from curriculum.services.notifications import mail_deliver

    return mail_deliver(ids=mail_ids)
