"""Create the four role groups. Their permissions are applied after migrate (see curriculum/domain/roles.py)."""

from django.db import migrations

GROUPS = ["Agenten", "Opleiders", "Redactie", "Leidinggevenden"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("curriculum", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
