"""Demo and benchmark data, built in code.

- site.py: the demo site (`manage.py load_demo`): pages, question bank, roles, workflow, accounts.
- update.py: `load_demo --update-content`, corrections for demo content nobody edited.
- content/: the Dutch lesson and question content, from the domain fact sheet.
- benchmark_data.py: the deterministic 65,000-officer data set (`manage.py generate_load_data`).
"""
