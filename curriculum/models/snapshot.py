"""The question version an attempt shows, as plain data stored on its AttemptAnswer (`shown`).

Built once when the attempt starts, from the published revision's content (no model rebuilt per question and
choice); every later step (form, submit, result) reads it with the answer rows. `is_correct` and the feedback
stay on the server: the form is rendered from it with the correctness fields left out.
"""


def _sorted_choices(choices: list[dict]) -> list[dict]:
    return sorted(choices, key=lambda c: (c.get("sort_order") is None, c.get("sort_order") or 0))


def snapshot_from_content(question_id: int, content: dict) -> dict:
    """From a question revision's content JSON (what `revision.as_object()` would rebuild)."""
    return {
        "id": question_id,
        "kind": content.get("kind", ""),
        "scenario": content.get("scenario", ""),
        "prompt": content.get("prompt", ""),
        "explanation": content.get("explanation", ""),
        "source": content.get("source", ""),
        "indicator_ids": list(content.get("indicators") or []),
        "choices": [
            {
                "id": choice.get("pk"),
                "text": choice.get("text", ""),
                "is_correct": bool(choice.get("is_correct")),
                "feedback": choice.get("feedback", ""),
                "sort_order": choice.get("sort_order"),
            }
            for choice in _sorted_choices(content.get("choices") or [])
        ],
    }


def snapshot_from_question(question) -> dict:
    """From an in-memory question (a preview, possibly unsaved); no indicators (not shown there)."""
    return {
        "id": question.pk or 0,
        "kind": question.kind,
        "scenario": question.scenario,
        "prompt": question.prompt,
        "explanation": question.explanation,
        "source": question.source,
        "indicator_ids": [],
        "choices": [
            {
                "id": choice.pk,
                "text": choice.text,
                "is_correct": bool(choice.is_correct),
                "feedback": choice.feedback,
                "sort_order": choice.sort_order,
            }
            for choice in sorted(question.choices.all(), key=lambda c: (c.sort_order is None, c.sort_order or 0))
        ],
    }


def row_snapshot(row) -> dict:
    """An answer row's snapshot; rows from before snapshots existed are read from their revision."""
    return row.shown or snapshot_from_content(row.question_id, row.revision.content)


def correct_choice_ids(snapshot: dict) -> list[int]:
    return sorted(c["id"] for c in snapshot["choices"] if c["is_correct"])
