"""xAPI 1.0.3 statements for Signaal's learning events, as plain dicts (no database, no network).

Who: a pseudonymous actor, an account on Signaal's home page (SIGNAAL_BASE_URL) whose name is an HMAC-SHA256 of
the user id (key SIGNAAL_XAPI_ACTOR_KEY): never a name, e-mail address or personnel number.
What: activity ids are stable URLs, `<base>/activiteit/<page id>/`, which redirect to the page wherever a
trainer moves or renames it. Statement ids and registrations are UUIDs derived (uuid5) from the event, so the
same event always gives the same statement id (queued once; the LRS de-duplicates too).
The services (curriculum/services/xapi.py) queue these; docs/xapi.md describes them for an integrator.
"""

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.urls import reverse
from django.utils.crypto import salted_hmac

VERSION = "1.0.3"
ADL = "http://adlnet.gov/expapi"
TYPE_MODULE = f"{ADL}/activities/module"
TYPE_LESSON = f"{ADL}/activities/lesson"
TYPE_ASSESSMENT = f"{ADL}/activities/assessment"
VERBS = {
    "completed": (f"{ADL}/verbs/completed", "afgerond", "completed"),
    "passed": (f"{ADL}/verbs/passed", "geslaagd", "passed"),
    "failed": (f"{ADL}/verbs/failed", "gezakt", "failed"),
    "expired": (None, "verlopen", "expired"),  # no ADL verb for this: Signaal's own (vocabulary_iri)
}
LANGUAGE = "nl-NL"


def enabled() -> bool:
    """Statements are queued only while an LRS is configured."""
    return bool(settings.SIGNAAL_XAPI_ENDPOINT)


def base_url() -> str:
    return settings.SIGNAAL_BASE_URL.rstrip("/")


def vocabulary_iri(kind: str, name: str) -> str:
    """Signaal's own verbs and extensions: `<base>/xapi/<kind>/<name>` (listed in docs/xapi.md)."""
    return f"{base_url()}/xapi/{kind}/{name}"


def _namespace() -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{base_url()}/xapi")


def derived_uuid(key: str) -> str:
    """A UUID that depends only on this installation and the event key."""
    return str(uuid.uuid5(_namespace(), key))


def cycle_registration(*, user_id: int, module_id: int, cycle: int) -> str:
    """The officer's attempt at a module (first time, each recertification or re-training)."""
    return _Cycle(user_id, module_id, cycle).registration


def attempt_registration(attempt_id: int) -> str:
    return derived_uuid(f"registration:attempt:{attempt_id}")


def actor_name(user_id: int) -> str:
    """The pseudonym: HMAC-SHA256 of the user id (hex). Without the key it cannot be traced back."""
    message = f"user:{user_id}"
    key = settings.SIGNAAL_XAPI_ACTOR_KEY
    if key:
        return hmac.new(key.encode(), message.encode(), hashlib.sha256).hexdigest()
    return salted_hmac("signaal.xapi.actor.v1", message, algorithm="sha256").hexdigest()


def actor(user_id: int) -> dict:
    return {"objectType": "Agent", "account": {"homePage": f"{base_url()}/", "name": actor_name(user_id)}}


def activity_id(page_id: int) -> str:
    return base_url() + reverse("activity", args=[page_id])


def activity(page_id: int, title: str, kind: str) -> dict:
    return {
        "objectType": "Activity",
        "id": activity_id(page_id),
        "definition": {"type": kind, "name": {LANGUAGE: title or str(page_id)}},
    }


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def duration(delta: timedelta) -> str:
    """ISO 8601 duration to the hundredth of a second, e.g. PT1H2M3.5S."""
    hundredths = max(round(delta.total_seconds() * 100), 0)
    seconds, fraction = divmod(hundredths, 100)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"{seconds}.{fraction:02d}".rstrip("0").rstrip(".")
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{text}S"


def _verb(name: str) -> dict:
    iri, dutch, english = VERBS[name]
    return {"id": iri or vocabulary_iri("verbs", name), "display": {LANGUAGE: dutch, "en-US": english}}


def _statement(
    *, key: str, user_id: int, verb: str, obj: dict, when: datetime, registration: str, **parts
) -> tuple[str, dict, datetime]:
    context = {"registration": registration, "platform": "Signaal", "language": LANGUAGE}
    if parts.get("parent"):
        context["contextActivities"] = {"parent": [parts["parent"]]}
    if parts.get("extensions"):
        context["extensions"] = {vocabulary_iri("extensions", k): v for k, v in parts["extensions"].items()}
    statement = {
        "id": derived_uuid(key),
        "actor": actor(user_id),
        "verb": _verb(verb),
        "object": obj,
        "context": context,
        "timestamp": timestamp(when),
        "version": VERSION,
    }
    if parts.get("result"):
        statement["result"] = parts["result"]
    return statement["id"], statement, when


@dataclass(frozen=True)
class _Cycle:
    """An officer's cycle of a module: its events are keyed `<kind>:<user>:<module or lesson>:<cycle>`, and their
    statements are registered under the cycle's registration and carry the cycle as an extension."""

    user_id: int
    module_id: int
    number: int

    def key(self, kind: str, item_id: int | None = None) -> str:
        """The event key of the module (or of `item_id`, one of its lessons) in this cycle."""
        return f"{kind}:{self.user_id}:{item_id or self.module_id}:{self.number}"

    @property
    def registration(self) -> str:
        return derived_uuid(self.key("registration"))

    def statement(self, *, extensions: dict | None = None, **parts):
        return _statement(
            user_id=self.user_id,
            registration=self.registration,
            extensions={"cycle": self.number, **(extensions or {})},
            **parts,
        )


def score(raw: int | None, maximum: int) -> dict | None:
    if raw is None or not maximum:
        return None
    return {"scaled": round(raw / maximum, 4), "raw": raw, "min": 0, "max": maximum}


def lesson_completed(*, user_id, lesson_id, lesson_title, module_id, module_title, cycle, completed_at):
    """An officer marked a lesson as done (once per lesson and cycle)."""
    in_cycle = _Cycle(user_id, module_id, cycle)
    return in_cycle.statement(
        key=in_cycle.key("lesson", lesson_id),
        verb="completed",
        obj=activity(lesson_id, lesson_title, TYPE_LESSON),
        when=completed_at,
        parent=activity(module_id, module_title, TYPE_MODULE),
        result={"completion": True},
    )


def attempt_submitted(*, attempt, quiz_title: str, module_title: str):
    """A quiz attempt was handed in (or closed at its deadline): passed or failed, with its score."""
    result = {"success": bool(attempt.passed), "completion": True}
    if (scored := score(attempt.score, attempt.max_score)) is not None:
        result["score"] = scored
    if attempt.started_at and attempt.submitted_at:
        result["duration"] = duration(attempt.submitted_at - attempt.started_at)
    module_registration = cycle_registration(user_id=attempt.user_id, module_id=attempt.module_id, cycle=attempt.cycle)
    return _statement(
        key=f"attempt:{attempt.pk}",
        user_id=attempt.user_id,
        verb="passed" if attempt.passed else "failed",
        obj=activity(attempt.quiz_id, quiz_title, TYPE_ASSESSMENT),
        when=attempt.submitted_at,
        registration=attempt_registration(attempt.pk),
        parent=activity(attempt.module_id, module_title, TYPE_MODULE),
        result=result,
        extensions={
            "attempt": attempt.number,
            "pass-mark": attempt.pass_mark,
            "cycle": attempt.cycle,
            "module-registration": module_registration,
        },
    )


def module_completed(*, completion, module_title: str, started_at: datetime | None):
    """A module was completed: every lesson done and the quiz passed. This is also when the certificate is
    issued (it is the completion itself: curriculum/certificates.py), so the statement points at it."""
    result = {"success": True, "completion": True}
    if (scored := score(completion.percent, 100)) is not None:
        result["score"] = scored
    if started_at is not None:
        result["duration"] = duration(completion.completed_at - started_at)
    extensions = {"certificate": base_url() + f"/certificaat/{completion.pk}/"}
    if completion.expires_at is not None:
        extensions["valid-until"] = timestamp(completion.expires_at)
    return _Cycle(completion.user_id, completion.module_id, completion.cycle).statement(
        key=f"module-completion:{completion.pk}",
        verb="completed",
        obj=activity(completion.module_id, module_title, TYPE_MODULE),
        when=completion.completed_at,
        result=result,
        extensions=extensions,
    )


def completion_expired(*, user_id, module_id, module_title, cycle, expires_at):
    """A completion's validity ran out; the officer starts the module again (a new cycle, a new registration)."""
    in_cycle = _Cycle(user_id, module_id, cycle)
    return in_cycle.statement(
        key=in_cycle.key("expired"),
        verb="expired",
        obj=activity(module_id, module_title, TYPE_MODULE),
        when=expires_at,
        extensions={"next-registration": _Cycle(user_id, module_id, cycle + 1).registration},
    )
