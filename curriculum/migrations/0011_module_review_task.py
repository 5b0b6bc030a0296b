"""The Redactie's review task becomes ModuleReviewTask (a proxy: no new table), which never approves a module
with an unpublished or rejected part. An existing "Redactie keurt goed" task is switched over in place."""

from django.db import migrations


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
        ("curriculum", "0010_interop_xapi_api"),
        ("wagtailcore", "0098_apitoken"),
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
    ]
