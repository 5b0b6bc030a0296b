"""The counts a manager's figures are made of (how many assigned, completed and overdue) and the completion
percentage they give: one rule for the mail digest and the trend."""

from dataclasses import dataclass

from curriculum import rules


@dataclass(kw_only=True)
class CompletionCounts:
    total: int  # assigned
    completed: int
    overdue: int

    @property
    def percent(self) -> int:
        return rules.share_percent(self.completed, self.total)
