"""The quiz page's edit form: how each of its questions performed in this quiz, weakest first (read-only panel).

Kept apart from question_stats.py because curriculum/models/quiz.py imports it: it imports no models at load time.
ItemStatsPanel, who sees such a panel, serves this panel and question_stats.py's QuestionStatsPanel.
The figures are the Vraaganalyse report's (curriculum/selectors/item_analysis.py).
"""

from django.urls import reverse
from wagtail.admin.panels import Panel


class ItemStatsPanel(Panel):
    """A read-only statistics panel: shown on a saved object's edit form to those who may see the item analysis."""

    class BoundPanel(Panel.BoundPanel):
        def is_shown(self):
            from curriculum.admin.item_analysis import can_analyse

            return bool(self.instance and self.instance.pk) and can_analyse(self.request.user)


class QuizStatsPanel(ItemStatsPanel):
    class BoundPanel(ItemStatsPanel.BoundPanel):
        template_name = "curriculum/admin/quiz_stats_panel.html"

        def get_context_data(self, parent_context=None):
            from curriculum.selectors import item_analysis as analysis

            context = super().get_context_data(parent_context)
            answers = analysis.answers_submitted().filter(attempt__quiz_id=self.instance.pk)
            stats = sorted(analysis.question_stats_list(answers=answers), key=lambda s: (s.facility, s.key))
            for item in stats:
                item.url = reverse("wagtailsnippets_curriculum_question:edit", args=[item.question_id])
            context.update({"stats": stats, "report_url": reverse("curriculum_question_report")})
            return context
