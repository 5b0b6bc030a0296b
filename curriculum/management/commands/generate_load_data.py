import time

from django.core.management.base import BaseCommand, CommandError

from curriculum.demo.benchmark_data import load_data_generate
from curriculum.models import Unit


class Command(BaseCommand):
    help = "Generate a deterministic benchmark dataset: units, officers, assignments, learning records, progress rows."

    def add_arguments(self, parser):
        parser.add_argument("--officers", type=int, default=65000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--modules", type=int, default=7, help="At least this many live modules (generated if missing)."
        )
        parser.add_argument(
            "--no-answers",
            action="store_true",
            help="No quiz answers (and so an empty signal heat-map): quicker when only completion is measured.",
        )

    def handle(self, *args, officers, seed, modules, no_answers=False, **options):
        if officers < 1 or officers > 1_000_000:
            raise CommandError("--officers must be between 1 and 1,000,000.")
        if Unit.objects.filter(code__startswith=f"ld{seed}-").exists():
            raise CommandError(f"A dataset with seed {seed} already exists; use another seed or a fresh database.")
        started = time.perf_counter()
        summary = load_data_generate(
            officers=officers, seed=seed, modules=modules, answers=not no_answers, log=self.stdout.write
        )
        self.stdout.write(", ".join(f"{k}={v}" for k, v in summary.items()))
        self.stdout.write(f"generate_load_data took {time.perf_counter() - started:.1f} s")
