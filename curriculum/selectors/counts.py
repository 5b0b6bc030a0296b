"""The counts a manager's figures are made of (how many assigned, completed and overdue) and the completion
percentage they give: one rule for the reports' cells and unit glances, the mail digest and the trend."""

from dataclasses import dataclass

from curriculum.domain import rules


@dataclass(kw_only=True)
class CompletionCounts:
    total: int = 0  # assigned
    completed: int = 0
    overdue: int = 0

    @property
    def percent(self) -> int:
        return rules.share_percent(self.completed, self.total)
