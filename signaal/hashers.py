"""Password hashing sized for a shift start: Argon2id at OWASP's minimum (19 MiB, t=2, p=1).

Django's own Argon2 defaults (100 MiB, 8 lanes) cost several times more CPU per login on a 2-core app
server; a burst of 100 officers logging in at once must not block every other request
(bench/logins.py measures both against PBKDF2).
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class SignaalArgon2PasswordHasher(Argon2PasswordHasher):
    """Argon2id, m=19 MiB, t=2, p=1 (OWASP Password Storage Cheat Sheet minimum). Same "argon2" algorithm
    name as Django's, so hashes made with other parameters verify and are re-hashed on the next login."""

    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1
