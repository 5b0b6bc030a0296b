"""Deployment: the production topology's configuration (nginx, gunicorn) and its local launcher (topology.py)."""
