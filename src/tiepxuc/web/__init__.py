"""`tiepxuc serve`: the office's own web app over the repository.

The repository stays the single source of truth. Every page reads the records afresh through
the record store (a file edited by hand or pulled from git shows on the next page load); every
change goes through the same library functions as the lifecycle commands and becomes the same
git commit (lifecycle.commit_change).

- app.py: the Flask application, its safety (Host, CSRF, read-only, sign-in, error pages);
- pages.py: what is read (dashboard, petitions, sessions, report, documents);
- forms.py: what changes records (the lifecycle forms);
- accounts.py: the people who may sign in when the app is served to the office network.
"""

from tiepxuc.web.app import create_app  # noqa: F401
