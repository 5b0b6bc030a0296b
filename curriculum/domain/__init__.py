"""What every layer shares: the rules as pure functions (rules.py), the domain errors the services and selectors
raise and the views map to HTTP (errors.py), choices shared by a model and the blocks (choices.py), the four roles
and the permissions each holds (roles.py), and xAPI statements as data (xapi.py). Nothing here imports a model
module of this app, a service or a selector, so every layer can import from here."""
