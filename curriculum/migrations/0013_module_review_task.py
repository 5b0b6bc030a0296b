"""The Redactie's review task becomes ModuleReviewTask (a proxy: no new table), which never approves a module
with an unpublished or rejected part. An existing "Redactie keurt goed" task is switched over in place.
SentMail gets the trainers' weekly review digest (once per person and week)."""

from django.conf import settings
from django.db import migrations, models


def switch_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    proxy, _ = ContentType.objects.get_or_create(app_label="curriculum", model="modulereviewtask")
    group_task, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    Task.objects.filter(name="Redactie keurt goed", content_type=group_task).update(content_type=proxy)


def switch_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    proxy = ContentType.objects.filter(app_label="curriculum", model="modulereviewtask").first()
    group_task = ContentType.objects.filter(app_label="wagtailcore", model="groupapprovaltask").first()
    if proxy and group_task:
        Task.objects.filter(content_type=proxy).update(content_type=group_task)


class Migration(migrations.Migration):
    dependencies = [
        ("curriculum", "0012_manager_actions"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ModuleReviewTask",
            fields=[],
            options={
                "verbose_name": "redactiebeoordeling",
                "verbose_name_plural": "redactiebeoordelingen",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("wagtailcore.groupapprovaltask",),
        ),
        migrations.RunPython(switch_task, switch_back),
        migrations.AlterField(
            model_name="sentmail",
            name="kind",
            field=models.CharField(
                choices=[
                    ("reminder", "Herinnering"),
                    ("digest", "Weekoverzicht leidinggevende"),
                    ("password_reset", "Wachtwoordlink"),
                    ("login_link", "Inloglink"),
                    ("manager_reminder", "Herinnering van leidinggevende"),
                    ("review_digest", "Herzieningsoverzicht opleiders"),
                ],
                max_length=20,
                verbose_name="soort",
            ),
        ),
        migrations.AddConstraint(
            model_name="sentmail",
            constraint=models.UniqueConstraint(
                condition=models.Q(("kind", "review_digest")),
                fields=("recipient", "period_key"),
                name="sentmail_review_digest_once_per_week",
            ),
        ),
    ]
